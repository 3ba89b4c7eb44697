#!/usr/bin/env bash
# The manual page and the bash completion keep up with the program: every command, option and exit
# code the sources and the README name is in the manual page, every command and option in the
# completion; and the manual page renders without a warning.
# Usage: test-docs.sh SOURCE-DIR MANUAL-PAGE PROGRAM (the manual page CMake configured, version
# filled in; the console's binary)
set -uo pipefail
source_dir=${1:?usage: test-docs.sh SOURCE-DIR MANUAL-PAGE PROGRAM}
manpage=${2:?usage: test-docs.sh SOURCE-DIR MANUAL-PAGE PROGRAM}
program=${3:?usage: test-docs.sh SOURCE-DIR MANUAL-PAGE PROGRAM}
completion=$source_dir/packaging/channel-console.bash-completion
passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $what"
    fi
}

rendered=$(mktemp)
warnings=$(mktemp)
trap 'rm -f "$rendered" "$warnings"' EXIT
LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -rLL=80n "$manpage" 2>"$warnings" | sed 's/.\x08//g' >"$rendered"
cat "$warnings"
check "groff renders the manual page without a warning" test ! -s "$warnings"
# section HEADING: the rendered lines under HEADING, up to the next heading.
section() { awk -v h="$1" '/^[A-Z]/ {on = ($0 == h); next} on' "$rendered"; }

# The commands: those the program's help lists, and those README shows.
commands=$(QT_QPA_PLATFORM=offscreen "$program" --language en --help |
    awk '/^Commands:/ {on = 1; next} /^[^ ]/ {on = 0} on && /^  [a-z]/ {print $1}')
readme_commands=$(grep -oE '^channel-console [a-z-]+' "$source_dir/README.md" | awk '{print $2}' | sort -u)
check "the program's command list is found ($commands)" test "$(wc -w <<<"$commands")" -ge 5
completion_commands=$(sed -n 's/^ *local commands="\(.*\)"$/\1/p' "$completion")
for command in $commands $readme_commands export help; do
    check "the manual page's COMMANDS describes $command" grep -Eq "^ {7}$command( |$)" <(section COMMANDS)
    check "the manual page's SYNOPSIS shows $command" grep -Eq "channel-console $command( |$)" <(section SYNOPSIS)
    check "the completion offers $command" grep -qw -- "$command" <<<"$completion_commands"
done

# The options: the window's (QCommandLineOption) and the commands' (Cli.cpp's allOptions()), and
# --help, --version.
options=$( (cat "$source_dir"/app/cli/*.cpp "$source_dir"/app/main.cpp |
    grep -oE 'QCommandLineOption( [a-zA-Z]+)?\(QStringLiteral\("[a-z-]+"\)'
    sed -n '/^QVector<OptionInfo> allOptions()/,/^}/p' "$source_dir/app/cli/Cli.cpp" |
    grep -oE '^ *\{QStringLiteral\("[a-z-]+"\)') | grep -oE '"[a-z-]+"' | tr -d '"' | sort -u)
check "the program's options are found ($(echo $options))" test "$(wc -w <<<"$options")" -ge 10
for option in $options help version; do
    check "the manual page's OPTIONS describes --$option" grep -Eq "^ {7}(-[a-z], )?--$option( |,|$)" <(section OPTIONS)
    check "the completion offers --$option" grep -q -- "--$option\b" "$completion"
done

# The exit codes: the program's (app/cli/Cli.h) and README's, each in EXIT STATUS.
program_codes=$(sed -n '/enum ExitCode/,/};/p' "$source_dir/app/cli/Cli.h" | grep -oE '= [0-9]+' | grep -oE '[0-9]+')
readme_codes=$(grep -oE '^\| [0-9]+ \|' "$source_dir/README.md" | grep -oE '[0-9]+')
check "the program's exit codes are found ($(echo $program_codes))" test "$(wc -w <<<"$program_codes")" -ge 10
check "README's exit codes are found ($(echo $readme_codes))" test "$(wc -w <<<"$readme_codes")" -ge 10
for code in $(echo $program_codes $readme_codes | tr ' ' '\n' | sort -un); do
    check "the manual page's EXIT STATUS lists $code" grep -Eq "^ {7}$code\b" <(section "EXIT STATUS")
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
