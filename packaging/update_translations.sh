#!/bin/sh
# Regenerate guinet's translation catalogues from the sources, then compile them.
#
#   packaging/update_translations.sh [LANG ...]      (default: ko)
#   packaging/update_translations.sh --check [LANG]   list the strings of the sources not yet translated
#                                                     (exit 1 when there are some); changes nothing
#
# 1. packaging/translation_sources.py collects every user-visible string: the GUI's tr() and
#    translate() calls with the contexts they use at run time, the labels and help texts of the
#    engine's tables (guinet.core.catalog, choices, settings), the Problems' templates and the
#    engine's messages (guinet.core.text.msg("template", ...), context "engine").
# 2. Qt's lupdate merges them into resources/translations/guinet_LANG.ts: new strings come in
#    unfinished, strings no longer used are dropped, translations already made are kept.
# 3. Translate the unfinished entries (Qt Linguist: pyside6-linguist resources/translations/guinet_ko.ts,
#    or any editor); tests/gui/test_translations.py fails while one is left.
# 4. Qt's lrelease compiles each .ts to the .qm file guinet loads.
#
# Lessons are not in these catalogues: each lesson file holds its own English and Korean texts.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${PYSIDE_BIN:-$(dirname "$(command -v python3)")}
python=${PYTHON:-python3}
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$($python -c 'import sys; print(sys.executable)')")
if [ "${1:-}" = "--check" ]; then
    cd "$here"
    PYTHONPATH="$here" exec "$python" packaging/translation_sources.py --check \
        "resources/translations/guinet_${2:-ko}.ts"
fi
langs=${*:-ko}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here"
PYTHONPATH="$here" "$python" packaging/translation_sources.py "$tmp/guinet_strings.py"
for lang in $langs; do
    ts="resources/translations/guinet_$lang.ts"
    "$bin/pyside6-lupdate" -no-obsolete -locations none -target-language "$lang" \
        "$tmp/guinet_strings.py" -ts "$ts"
    "$bin/pyside6-lrelease" "$ts" -qm "resources/translations/guinet_$lang.qm"
done
