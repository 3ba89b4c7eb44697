#!/usr/bin/env bash
# The Debian package as a user gets it: built with cpack from a build tree, checked by Debian's
# tools, unpacked into a scratch root and run from there, never from the build tree.
# Usage: check-package.sh SOURCE-DIR BUILD-DIR [CPACK]
# Needs dpkg-deb, lintian, desktop-file-validate, appstreamcli, man and groff; bash-completion's
# loader is used when installed. CC_PACKAGE_REAL_INSTALL=1 (as root) also installs the package with
# apt-get and removes it again, when it is not installed already.
set -uo pipefail
source_dir=$(cd "${1:?usage: check-package.sh SOURCE-DIR BUILD-DIR [CPACK]}" && pwd)
build_dir=$(cd "${2:?usage: check-package.sh SOURCE-DIR BUILD-DIR [CPACK]}" && pwd)
cpack=${3:-cpack}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cc-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0
ok() {
    passed=$((passed + 1))
    echo "ok: $*"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
}
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}
started=$SECONDS
step() { echo "== $* (at ${SECONDS}s)"; }
finish() {
    echo "The package check took $((SECONDS - started)) s."
    echo "$passed passed, $failed failed"
    [[ $failed -eq 0 ]]
    exit
}

# A private HOME and XDG folders: nothing here reads or writes the user's files.
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/out"
export HOME=$scratch/home XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8 LANGUAGE=

step "Building the package with cpack"
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    fail "cpack -G DEB builds the package"
    finish
fi
debs=("$scratch"/out/*.deb)
deb=${debs[0]}
[[ ${#debs[@]} -eq 1 && -f $deb ]] || {
    fail "cpack made one .deb (made: ${debs[*]})"
    finish
}
ok "cpack -G DEB made $(basename "$deb") ($(stat -c %s "$deb") bytes)"

step "Control fields"
field() { dpkg-deb --field "$deb" "$1"; }
version=$(field Version)
check "the package is channel-console" test "$(field Package)" = channel-console
check "the file is named package_version_architecture.deb" \
    test "$(basename "$deb")" = "channel-console_${version}_$(dpkg --print-architecture).deb"
check "the version ($version) is the changelog's newest" \
    test "$(dpkg-parsechangelog -l "$source_dir/packaging/changelog" -S Version)" = "$version"
metainfo_release=$(grep -o '<release version="[^"]*"' "$source_dir"/resources/*.metainfo.xml | head -n 1 | cut -d'"' -f2)
check "the version is the AppStream metadata's newest release ($metainfo_release)" test "$metainfo_release" = "$version"
depends=$(field Depends)
echo "Depends: $depends"
# The run-time plug-ins dpkg-shlibdeps cannot see, and what it finds through the program and the
# phone number plug-in.
for needed in libsecret-1-0 libqt6sql6-sqlite libqt6keychain1 'libphonenumber8[a-z0-9-]*' libqt6widgets6 \
    libqt6network6 libqt6sql6 libqt6core6; do
    check "Depends names $needed" grep -Eq "(^|, )$needed( \(|,|$)" <<<"$depends"
done
# Every name in Depends and Recommends is a real package of the archive: one at least of each set
# of alternatives is installed or provided here (the tests ran the program with them), or has a
# candidate in apt's lists (asked once: apt-cache is slow to start).
relations=$( (field Depends; field Recommends) | tr ',' '\n' | sed 's/([^)]*)//g; s/^ *//; s/ *$//' | sed '/^$/d')
names=$(tr '|' '\n' <<<"$relations" | awk '{print $1}' | sort -u)
installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}, ${Provides}\n' | awk -F'|' '$1 ~ /^ii/ {print $2}' |
    tr ',' '\n' | sed 's/([^)]*)//g' | awk 'NF {print $1}' | sort -u)
candidates=$(apt-cache policy $(comm -23 <(echo "$names") <(echo "$installed")) 2>/dev/null |
    awk '/^[^ ]/ {name = $1; sub(":$", "", name)} /Candidate:/ && $2 != "(none)" {print name}')
while read -r relation; do
    found=false
    for name in $(tr '|' ' ' <<<"$relation"); do
        grep -qx -- "$name" <<<"$installed"$'\n'"$candidates" && found=true
    done
    check "\"$relation\" is a package of the archive" $found
done <<<"$relations"

step "Contents"
dpkg-deb --contents "$deb" >"$scratch/contents"
for path in ./usr/bin/channel-console ./usr/lib/*/channel-console/channel-console-phonenumbers.so \
    ./usr/share/applications/channel-console.desktop ./usr/share/icons/hicolor/scalable/apps/channel-console.svg \
    './usr/share/metainfo/*.metainfo.xml' ./usr/share/man/man1/channel-console.1.gz \
    ./usr/share/bash-completion/completions/channel-console ./usr/share/doc/channel-console/copyright \
    ./usr/share/doc/channel-console/changelog.gz; do
    check "the package holds $path" grep -Eq " ${path//\*/[^ /]*}\$" "$scratch/contents"
done
check "every file and folder belongs to root:root" \
    test -z "$(awk '$2 != "root/root"' "$scratch/contents")"
check "nothing is writable by group or others" test -z "$(awk '$1 ~ /^.....w|^........w/' "$scratch/contents")"
check "no folder of the build tree is in the package" test -z "$(grep -F "$build_dir" "$scratch/contents")"

step "lintian"
# Errors and warnings fail; infos (hardening, a typo it suspects in the manual page's "lsit") are shown.
lintian --fail-on error,warning --info "$deb" >"$scratch/lintian.log" 2>&1
lintian_status=$?
grep -v 'running with root privileges' "$scratch/lintian.log"
check "lintian finds no error and no warning" test $lintian_status -eq 0

step "Unpacking into a scratch root"
root=$scratch/root
check "dpkg -x unpacks the package" dpkg -x "$deb" "$root"
console=$root/usr/bin/channel-console

step "The menu entry and the AppStream metadata"
desktop=$root/usr/share/applications/channel-console.desktop
desktop-file-validate "$desktop" >"$scratch/desktop.log" 2>&1
desktop_status=$?
cat "$scratch/desktop.log"
check "desktop-file-validate accepts the menu entry, without a remark" \
    test $desktop_status -eq 0 -a ! -s "$scratch/desktop.log"
metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "$metainfo"
check "appstreamcli validate --no-net accepts $(basename "$metainfo")" test $? -eq 0
check "the metadata's launchable is the installed menu entry" \
    grep -q "<launchable type=\"desktop-id\">channel-console.desktop</launchable>" "$metainfo"
check "the component id names the metadata file" \
    grep -q "<id>$(basename "$metainfo" .metainfo.xml)</id>" "$metainfo"
icon=$(sed -n 's/^Icon=//p' "$desktop")
check "the menu entry's icon ($icon) is installed in the hicolor theme" \
    test -n "$icon" -a -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"

step "The installed program"
run() { "$console" "$@" >"$scratch/run.out" 2>"$scratch/run.err"; }
run --version
check "--version exits 0 and names the package's version" \
    test $? -eq 0 -a "$(cat "$scratch/run.out")" = "channel-console $version"
run --help
check "--help exits 0 and lists --store" bash -c "[ $? -eq 0 ] && grep -q -- --store '$scratch/run.out'"
store=$scratch/store/channel-console.db
run list --store "$store"
check "list against a new store exits 0 and lists nothing" test $? -eq 0 -a ! -s "$scratch/run.out"
printf '{"vendor": "sinch", "fields": {"name": "Packaged", "serviceId": "fake-plan-0001"}}' >"$scratch/import.json"
run import "$scratch/import.json" --store "$store"
check "import saves a credential in the store" test $? -eq 0
run list --json --store "$store"
check "list --json shows it" grep -Eq '"name": ?"Packaged"' "$scratch/run.out"
check "the store is the one named, made private (0600)" test "$(stat -c %a "$store")" = 600
run list --store "$scratch/store"
check "a folder as the store is refused with exit 5" test $? -eq 5
# The translations are compiled into the program: it speaks French and Dutch wherever it is installed.
run --language fr lsit
check "installed, it speaks French (exit 2)" \
    bash -c "[ $? -eq 2 ] && grep -q 'Commande inconnue «.lsit.»' '$scratch/run.err'"
run --language nl lsit
check "installed, it speaks Dutch (exit 2)" \
    bash -c "[ $? -eq 2 ] && grep -q 'Onbekende opdracht “lsit”' '$scratch/run.err'"
# The phone number plug-in is loaded from the package, beside the program: the dynamic linker names
# the file it initialises. A number it judges too short is refused (6); without the plug-in, the
# command would fail (1) and the send would never be tried either.
LD_DEBUG=files "$console" send Packaged --to "+1 202 555" --text Hello --store "$store" >"$scratch/run.out" 2>"$scratch/run.err"
send_status=$?
check "send refuses a short number with exit 6, judged by the phone number plug-in" \
    bash -c "[ $send_status -eq 6 ] && grep -q 'too short' '$scratch/run.err'"
check "the phone number plug-in comes from the package" \
    grep -Eq "calling init: $root/usr/bin/\.\./lib/[^/]+/channel-console/channel-console-phonenumbers\.so" \
    "$scratch/run.err"

# The menu entry's command, as a desktop starts it (field codes such as %U dropped), with a real
# keyring in a private D-Bus session: the window opens, shows the store, saves a picture and exits 0.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | sed 's/ *%[fFuUdDnNickvm]//g')
read -ra exec_words <<<"$exec_line"
check "the menu entry's command is the installed program ($exec_line)" test -x "$root/usr/bin/${exec_words[0]}"
PATH=$root/usr/bin:$PATH "$source_dir/tests/integration/with-keyring.sh" "${exec_words[@]}" --store "$store" \
    --screenshot "$scratch/window.png" >"$scratch/run.out" 2>"$scratch/run.err"
window_status=$?
check "the menu entry's command opens the window (exit $window_status) and saves its picture" \
    bash -c "[ $window_status -eq 0 ] && file '$scratch/window.png' | grep -q 'PNG image data'"
[[ $window_status -eq 0 ]] || cat "$scratch/run.err"

step "The manual page"
manpage=$root/usr/share/man/man1/channel-console.1.gz
MANWIDTH=80 man --warnings -E UTF-8 -l "$manpage" >"$scratch/man.txt" 2>"$scratch/man.err"
man_status=$?
cat "$scratch/man.err"
check "man -l renders channel-console(1) without a warning" test $man_status -eq 0 -a ! -s "$scratch/man.err"
check "the manual page is channel-console(1)" grep -q '^CHANNEL-CONSOLE(1)' "$scratch/man.txt"
# The exit status section: from its heading to the next one.
sed -n '/^EXIT STATUS/,/^[A-Z]/p' "$scratch/man.txt" >"$scratch/exit-status.txt"
# The README's exit code table: its rows "| <code> | <meaning> |".
readme_codes=$(grep -oE '^\| [0-9]+ \|' "$source_dir/README.md" | grep -oE '[0-9]+')
check "README lists exit codes ($(echo $readme_codes))" test "$(wc -w <<<"$readme_codes")" -ge 10
for code in $readme_codes; do
    check "the manual page's EXIT STATUS lists $code" grep -Eq "^ +$code\b" "$scratch/exit-status.txt"
done

step "Bash completion"
completion=$root/usr/share/bash-completion/completions/channel-console
# tst_completion tests what it offers; here it is the same file, where bash-completion looks for it.
check "the installed completion is packaging/channel-console.bash-completion" \
    cmp -s "$completion" "$source_dir/packaging/channel-console.bash-completion"
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
    # bash-completion's own loader finds it by the command's name under XDG_DATA_DIRS.
    loaded=$(XDG_DATA_DIRS=$root/usr/share bash -c '
        source /usr/share/bash-completion/bash_completion
        __load_completion channel-console && complete -p channel-console')
    check "bash-completion's loader finds the installed completion" grep -q -- '-F _channel_console' <<<"$loaded"
else
    echo "(bash-completion is not installed: its loader is not tried)"
fi

if [[ ${CC_PACKAGE_REAL_INSTALL:-0} = 1 ]]; then
    step "A real install with apt-get"
    if [[ $(id -u) -ne 0 ]]; then
        fail "CC_PACKAGE_REAL_INSTALL=1 needs root"
    elif dpkg-query -W -f='${Status}' channel-console 2>/dev/null | grep -q 'install ok installed'; then
        echo "(channel-console is installed on this system already: left alone)"
    else
        # Without the Recommends, so that the system is as it was once the package is removed.
        check "apt-get install ./$(basename "$deb") installs it" bash -c "DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends '$deb' >'$scratch/apt.log' 2>&1 || ! cat '$scratch/apt.log'"
        check "the installed channel-console is on the PATH and runs" \
            bash -c "[ \"\$(command -v channel-console)\" = /usr/bin/channel-console ] && channel-console --version"
        check "man channel-console finds the manual page" bash -c 'man -w channel-console | grep -q channel-console.1'
        check "apt-get purge removes it again" bash -c "DEBIAN_FRONTEND=noninteractive \
            apt-get purge -y -qq channel-console >'$scratch/apt.log' 2>&1 || ! cat '$scratch/apt.log'"
        check "nothing of it is left" test ! -e /usr/bin/channel-console
    fi
fi
finish
