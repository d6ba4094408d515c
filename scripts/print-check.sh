#!/usr/bin/env bash
# Do the printable sheet and the letter print right? Makes a complete sample group (long notes, every CSAM step
# recorded), an empty one and a half-done one in a throw-away data directory, writes their HTML sheets with
# `group sheet N --format html --output FILE` and the half-done group's letter with `group letter N --language L
# --format html --output FILE`, prints them to PDF with headless Chromium, and checks with pdfinfo that every page is
# A4 (595 x 842 pt, give or take 2), that the complete group's sheet, in each language, fits on at most 2 pages (the
# empty group's may take any number) and the letter, in French and Dutch, on at most 3. Prints the figures; exits 1 when a check fails, 2 when a tool is missing and cannot be installed.
#
# Usage: scripts/print-check.sh [--out DIR]     --out keeps the HTML and PDF files in DIR (to look at them)
# Needs chromium, poppler-utils (pdfinfo) and fonts-dejavu-core (the sheet's first font, so that page counts do not
# depend on the machine's fonts); installs the missing ones with apt-get when it can. Runs ./groupsetup, which builds
# the application first when it is missing or older than the sources. CHROMIUM=path chooses the browser.
set -euo pipefail
cd "$(dirname "$0")/.."

out=""
if [[ "${1:-}" == "--out" && -n "${2:-}" ]]; then
    out="$2"
elif [[ $# -gt 0 ]]; then
    echo "usage: scripts/print-check.sh [--out DIR]" >&2
    exit 2
fi

say() { printf 'print-check: %s\n' "$*"; }

font_installed() { [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || fc-list 2>/dev/null | grep -q 'DejaVu Sans'; }
find_chromium() {
    local name
    for name in "${CHROMIUM:-}" chromium chromium-browser google-chrome; do
        if [[ -n "$name" ]] && command -v "$name" > /dev/null 2>&1; then
            command -v "$name"
            return 0
        fi
    done
    return 1
}

# what is missing, installed with apt-get when this machine has it and may (root, or sudo without a password)
missing=()
find_chromium > /dev/null || missing+=(chromium)
{ command -v pdfinfo && command -v pdffonts; } > /dev/null 2>&1 || missing+=(poppler-utils)
font_installed || missing+=(fonts-dejavu-core)
if [[ ${#missing[@]} -gt 0 ]]; then
    say "installing ${missing[*]} with apt-get"
    as_root=()
    [[ $(id -u) -eq 0 ]] || as_root=(sudo -n)
    if ! command -v apt-get > /dev/null 2>&1 \
        || ! { "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq \
            --no-install-recommends "${missing[@]}"; } > /tmp/print-check-apt.$$.log 2>&1; then
        say "could not install ${missing[*]} (apt-get missing or failed: not root, no network, unknown package; see /tmp/print-check-apt.$$.log):" \
            "install them by hand, e.g. sudo apt-get install ${missing[*]}"
    fi
fi
chromium=$(find_chromium) || { say "no chromium: cannot print the sheet to PDF (apt-get install chromium)"; exit 2; }
{ command -v pdfinfo && command -v pdffonts; } > /dev/null 2>&1 \
    || { say "no pdfinfo: cannot read the PDF (apt-get install poppler-utils)"; exit 2; }
font_installed || say "warning: DejaVu Sans is not installed (apt-get install fonts-dejavu-core): another font is" \
    "used and the page counts may differ from a technician's"

work=$(mktemp -d)
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
# a data directory of its own, the file store whatever ~/.groupsetup/groupsetup.properties says
export GROUPSETUP_DATA_DIR="$work/d" GROUPSETUP_STORAGE=file GROUPSETUP_TECHNICIAN="print-check"

gs() { ./groupsetup "$@"; }

complete=94123456001
empty=94123457001
half=94123458001
# a complete group with long notes: two acknowledged warnings, an open one, every CSAM step recorded, a login
# replaced, several people
cat > "$work/sample.commands" << EOF
group new $complete
group set $complete --company-name "Soins à Domicile L'Aurore SRL" --city Liège --postal-code 1000 --street "Rue de la Loi 16" --iban "BE68 5390 0754 7034" --bic GKCCBEBB --first-name Françoise --last-name "D'Hondt" --phone "0470 12 34 56" --subscription-type MCN-2026-001 --inami 41234502001 --enterprise-number "BE 0428.759.497" --single-point-of-contact 319 --reference-care-provider 41234599001 --ehealth-box 94123456 --ehealth-box-type NIHII --ehealth-box-quality GROUP
group acknowledge $complete single-point-of-contact.not-christian --reason "Mutuality 319 confirmed by the group's letter of 2 March"
group acknowledge $complete city.postal-code-mismatch --reason "The office is in Brussels, the company's seat in Liège: as the group wants it"
csam record $complete authority --person "Françoise D'Hondt" --role group-responsible
csam record $complete csam-login --person "Jean Peeters"
csam record $complete csam-login --person "D'HONDT Françoise Marie"
csam record $complete principal-access-manager --existing
csam record $complete local-access-managers --person "Jean Peeters"
csam record $complete local-access-managers --person "Marie Dubois"
csam record $complete access-rights --person "Françoise D'Hondt" --services billing,insurability,medico-administrative
csam record $complete access-rights --person "Marie Dubois" --services billing,insurability
csam record $complete no-mandates
group new $empty
group new $half
group set $half --company-name "Soins Chez Vous SRL" --first-name Françoise --last-name "D'Hondt" --inami 41234502001 --iban "BE68 5390 0754 7034" --single-point-of-contact 319
csam record $half authority --person "Françoise D'Hondt" --role group-responsible
csam record $half csam-login --person "D'HONDT Françoise Marie"
EOF
say "making the sample groups (./groupsetup builds the application first if needed)"
if ! gs "@$work/sample.commands" > "$work/sample.log" 2>&1; then
    cat "$work/sample.log" >&2
    say "could not make the sample groups"
    exit 2
fi

failed=0
# check NAME GROUP LANGUAGE MAX-PAGES (0: any) [DOCUMENT: sheet (default) or letter]
check() {
    local name=$1 group=$2 language=$3 max=$4 document=${5:-sheet}
    local html="$work/$name.html" pdf="$work/$name.pdf" written=0
    if [[ "$document" == letter ]]; then
        gs group letter "$group" --language "$language" --format html --output "$html" > "$work/$name.log" 2>&1 \
            || written=$?
    else
        GROUPSETUP_LANGUAGE=$language gs group sheet "$group" --format html --output "$html" > "$work/$name.log" 2>&1 \
            || written=$?
    fi
    if [[ $written -ne 0 ]]; then
        cat "$work/$name.log" >&2
        say "$name: could not write the $document"
        failed=1
        return
    fi
    if ! timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$pdf" "file://$html" > "$work/$name.chromium.log" 2>&1 || [[ ! -s "$pdf" ]]; then
        cat "$work/$name.chromium.log" >&2
        say "$name: chromium did not print the $document to PDF"
        failed=1
        return
    fi
    local pages width height verdict=""
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    read -r width height < <(pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ || /^Page size:/ {
        for (i = 1; i <= NF; i++) if ($i == "x") print $(i - 1), $(i + 1) }' | sort -u | awk '
        { n++; w = $1; h = $2 } END { if (n == 1) print w, h; else print "mixed", n }')
    if ! awk -v w="$width" -v h="$height" 'BEGIN { exit !(w + 0 > 0 && (w - 595) ^ 2 <= 4 && (h - 842) ^ 2 <= 4) }'; then
        verdict="not A4 (595 x 842 pts)"
    fi
    if [[ "$max" -gt 0 && "$pages" -gt "$max" ]]; then
        verdict="${verdict:+$verdict, }more than $max pages"
    fi
    if [[ -n "$verdict" ]]; then
        verdict="FAILED: $verdict"
        failed=1
    else
        verdict=ok
    fi
    say "$(printf '%-13s %s: %s page(s), %s x %s pts, at most %s — %s' "$name" "$group" "$pages" "$width" "$height" \
        "$([[ $max -gt 0 ]] && echo "$max" || echo any)" "$verdict")"
    # the fonts the PDF embeds (subset prefixes dropped): DejaVu, or the page count is the machine's
    local fonts
    fonts=$(pdffonts "$pdf" 2> /dev/null | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | paste -sd, -)
    [[ "$fonts" == *DejaVuSans* ]] || say "$name: warning: the $document was not set in DejaVu Sans (fonts: ${fonts:-none})"
    if [[ -n "$out" ]]; then
        mkdir -p "$out"
        cp "$html" "$pdf" "$out/"
    fi
}

for language in en fr nl; do
    check "complete-$language" "$complete" "$language" 2
done
check "empty-en" "$empty" en 0
for language in fr nl; do
    check "letter-$language" "$half" "$language" 3 letter
done

if [[ $failed -ne 0 ]]; then
    say "FAILED"
    exit 1
fi
say "all sheets and letters print on A4, a complete group's sheet on at most 2 pages, a letter on at most 3"
