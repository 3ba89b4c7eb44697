#!/usr/bin/env bash
# The bash completion of channel-console, as a user's shell runs it: sourced into a plain bash
# (without the bash-completion package), then asked what it offers for a line.
# Usage: test-completion.sh COMPLETION-FILE
set -uo pipefail
completion=${1:?usage: test-completion.sh COMPLETION-FILE}
passed=0
failed=0

# shellcheck source=/dev/null
source "$completion" || {
    echo "FAIL: $completion cannot be sourced"
    exit 1
}

# offers "EXPECTED" WORD... : completing the last WORD offers exactly EXPECTED, in any order: words
# separated by spaces, or by '|' when one holds a space.
offers() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _channel_console
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | LC_ALL=C sort | paste -sd'|')
    [[ $expected == *'|'* ]] || expected=${expected// /|}
    expected=$(tr '|' '\n' <<<"$expected" | sed '/^$/d' | LC_ALL=C sort | paste -sd'|')
    if [[ $got == "$expected" ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'FAIL: completing %s\n  offered:  [%s]\n  expected: [%s]\n' "$(printf '"%s" ' "$@")" "$got" "$expected"
    fi
}

commands="check detect-region export help import list rotate send setup-channel"
global="--help --language --store"

complete -p channel-console | grep -q -- '-F _channel_console' && passed=$((passed + 1)) || {
    failed=$((failed + 1))
    echo "FAIL: the completion is not registered for channel-console"
}

# The first word: the commands, also after the options every command takes.
offers "$commands" channel-console ""
offers "list" channel-console l
offers "send setup-channel" channel-console s
offers "$commands" channel-console --store "my store.db" ""
offers "$commands" channel-console --store = x.db ""
offers "$commands" channel-console --language fr --store x.db ""
offers "$global --screenshot --version" channel-console --

# Option values.
offers "en fr nl" channel-console --language ""
offers "fr" channel-console list --language f
offers "en fr nl" channel-console --language = ""
offers "nl" channel-console --language = n
offers "" channel-console send Main --to ""
offers "" channel-console send Main --text ""

# Each command's options, and the options every command takes.
offers "--max-secret-age --json $global" channel-console list --
offers "" channel-console list --max-secret-age ""
offers "--secrets-stdin --json $global" channel-console rotate Main apiToken --
offers "rotate" channel-console r
offers "--json --secrets-stdin $global" channel-console check Main --
offers "--to --text --media-url --from --dry-run --json --secrets-stdin $global" channel-console send Main --
offers "--media-url" channel-console send Main --to +12025550143 --m
offers "--webhook --json --secrets-stdin $global" channel-console setup-channel Main --
offers "--apply --json --secrets-stdin $global" channel-console detect-region Main --
offers "--skip-existing --secrets-stdin --json $global" channel-console import a.json --
offers "--max-secret-age --json $global" channel-console --store x.db list --
offers "--all --json $global" channel-console export out.json --

# help takes one command, or exit-codes.
offers "$commands exit-codes" channel-console help ""
offers "setup-channel" channel-console help set
offers "" channel-console help list ""

# No guessing: a credential's name, or a second argument, is the user's to type.
offers "" channel-console check ""
offers "" channel-console send Main ""

# Files: import offers JSON files and folders (names with spaces stay whole), export any file.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/old exports"
touch "$scratch/credentials.json" "$scratch/my export.JSON" "$scratch/notes.txt" "$scratch/shot.png"
cd "$scratch" || exit 1
offers "credentials.json|my export.JSON|old exports" channel-console import ""
offers "my export.JSON|" channel-console import my
offers "credentials.json|my export.JSON|notes.txt|old exports|shot.png" channel-console export ""
offers "notes.txt" channel-console --store n
offers "notes.txt" channel-console --store = n
offers "old exports|shot.png" channel-console --screenshot ""
offers "" channel-console import a.json ""

# Hostile lines: an unknown command offers only what every command takes; nothing breaks under
# set -u (a user's shell may have it), nor with a lone '=' or an empty line.
offers "$global" channel-console lsit --
offers "" channel-console lsit ""
offers "" channel-console = ""
set -u
offers "$commands" channel-console ""
offers "en fr nl" channel-console --language = ""
set +u

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
