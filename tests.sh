#!/usr/bin/env bash
# tests.sh - golden-output tests for the rotors command-line program.
#
# Usage:
#   ./tests.sh                  run every case, compare with the file `expected`
#   ./tests.sh NAME...          run only the named cases (self-check and
#                               quoted-numbers are names too)
#   ./tests.sh --record         rerun every case and rewrite `expected` (the
#                               self-check is not run when recording)
#   ./tests.sh --record NAME... rerecord only those cases, keep the other blocks
#   ROTORS=path/to/rotors ./tests.sh   test another binary (default: ./rotors
#                                      next to this script)
# Output: `ok   NAME` or `FAIL NAME: ...` lines, then a last line
# `N passed, N failed`; the exit status is 1 if anything failed, 0 otherwise,
# 2 if the binary is missing or the arguments or the case table are bad.
#
# THE CASE TABLE (at the end of this file) has one case per line:
#     name | rtol | atol | exit | command
# `-` for rtol or atol means the default (rtol 1e-9, atol 0). `exit` is the
# exit status the command must return. The command's first word must be
# `rotors` (replaced by the binary); the other words are passed as they are
# (split on blanks; no quotes, no spaces inside an argument, no globbing).
# A command may chain several rotors commands with ` ; ` (see run_case).
# Input files that no rotors command writes (a partial file with one
# defect, a list of paths, ...) are made by make_inputs in $WORK/in before
# the cases run; a case names them as ../in/NAME.
# Blank lines and lines starting with `#` are ignored.
#
# THE QUOTE TABLE (quote_table, after the case table) keeps the numbers
# that README.md, paper-notes.md and the book (rotors.nw) quote from the
# program's output from going stale.  One row per quoted number:
#     file | source | key | text
# source is a case of the case table (its golden block holds the output,
# which the case checks against the program) or @PATH, a file that `make
# pdf` writes (figures/fig2.out, figures/ours.out, ...); key names the
# number in that output; text is a substring of the file whose last number
# is the quote, to which the program's value must round.  Checked as one
# more case, quoted-numbers, after the self-check (`./tests.sh
# quoted-numbers` alone takes a second); the key forms are described at
# quoted_numbers.  A number that only a long run gives (minutes) has no
# row: the text states its exact command instead.
#
# TOLERANCE POLICY. A number matches when |a-b| <= atol + rtol*max(|a|,|b|).
# The default is relative 1e-9 and no absolute tolerance: rotors prints 17
# significant digits, and between builds only the last bits of libm results
# (exp, log, ...) and compiler contraction (fused multiply-add) may differ.
# A case gets a looser tolerance only with a comment above it saying why.
#
# HOW A CASE RUNS. Each case runs in a fresh empty temporary directory as its
# working directory, with stdin from /dev/null and LC_ALL set to a locale
# whose decimal separator is a comma if the machine has one (else C.UTF-8),
# to show that parsing and printing do not depend on the locale
# (TESTS_LOCALE=name overrides the choice). Checks, in this order:
#   - the exit status is the table's;
#   - exit 2 (bad usage or input): stdout is empty and stderr is exactly one
#     line;
#   - exit 1 or 2 (or any non-zero exit): the directory is still empty (no
#     file, not even a temporary one, left behind);
#   - the output matches the case's golden block in `expected`, compared
#     line by line: the number of lines must be equal, each line's text with
#     its numbers taken out must be identical, and the numbers must match
#     within the tolerance. A number is a decimal such as -0.5, .5, 5., 1e-9,
#     starting at the beginning of a line or after a character that is not a
#     letter, digit, `_` or `.` (so `a2=0.3` holds the one number 0.3; `inf`,
#     `nan` and hexadecimal are compared as text).
# After the table, `rotors check` (the program's self-checks) counts as one
# more case, self-check: it passes if it exits 0 and its last line of
# stdout is `N passed, 0 failed`. It is not compared with `expected`.
# Two more follow it: figure-files (every SVG and PDF of `rotors fig fast`
# passes `rotors verify`) and signal-cleanup (a run writing out= that is
# ended by SIGUSR1, SIGALRM, SIGXCPU or SIGTERM dies of that signal and
# leaves nothing behind).
#
# THE FILE `expected` is a sequence of blocks, one per case, in table order:
#     ### NAME                  starts the block of case NAME
#     $ rotors coeffs T=1       the command (re-checked: if it differs from
#                               the table's, the case fails: re-record)
#     ? 0                       the exit status (re-checked the same way)
#       text                    a stdout line, indented by two spaces
#     ! text                    a stderr line (stderr comes after stdout)
#     @ file res.tsv            a file the command created, then its lines,
#       text                    indented by two spaces (files sorted by name)
#     @ dir NAME, @ other NAME  a directory or other entry the command created
#     @ missing final newline   the stream or file above did not end with \n
# The indentation keeps output lines that start with `###`, `! `, `@` etc.
# unambiguous. Lines before the first `###` are ignored. `--record` writes
# the file atomically (temporary file, then mv); review it with
# `git diff expected` before committing. It refuses to record (and leaves
# `expected` alone) if any case fails the exit-status or exit-2 checks.

set -u
export LC_ALL=C         # for this script's own tools; cases get TEST_LOCALE

here=$(cd "$(dirname "$0")" && pwd)
EXPECTED=$here/expected
DEFAULT_RTOL=1e-9
DEFAULT_ATOL=0
MAX_PROBLEMS=5          # FAIL lines printed per case at most
CASE_TIMEOUT=${TESTS_TIMEOUT:-60}   # seconds; a case that hangs fails

usage() {
    echo "usage: ./tests.sh [--record] [NAME...]   (env: ROTORS=binary)" >&2
    exit 2
}

die() {
    echo "tests.sh: $*" >&2
    exit 2
}

# ---------------------------------------------------------------- arguments

record=0
selected=()
for arg in "$@"; do
    case $arg in
        --record) record=1 ;;
        -h|--help) usage ;;
        -*) echo "tests.sh: unknown option $arg" >&2; usage ;;
        *) selected+=("$arg") ;;
    esac
done

ROTORS=${ROTORS:-$here/rotors}
case $ROTORS in /*) ;; *) ROTORS=$PWD/$ROTORS ;; esac
if [ ! -f "$ROTORS" ] || [ ! -x "$ROTORS" ]; then
    echo "tests.sh: $ROTORS not found: build it first with make" >&2
    exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rotors-tests.XXXXXX") || die "mktemp failed"
tmp_expected=
trap 'rm -rf "$WORK" ${tmp_expected:+"$tmp_expected"}' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

TIMEOUT=()
if command -v timeout >/dev/null 2>&1; then
    TIMEOUT=(timeout "$CASE_TIMEOUT")
fi

# ------------------------------------------------------------------ locale

# Prefer a locale with a decimal comma, as `locale -a` spells it.
pick_locale() {
    if [ -n "${TESTS_LOCALE:-}" ]; then
        echo "$TESTS_LOCALE"
        return
    fi
    { locale -a 2>/dev/null || true; } | awk '
        BEGIN {
            n = split("de_de.utf8 fr_fr.utf8 nl_nl.utf8 it_it.utf8 " \
                      "es_es.utf8 ru_ru.utf8 pt_br.utf8 de_de fr_fr c.utf8", w, " ")
            for (i = 1; i <= n; i++) rank[w[i]] = i
            best = n + 1; pick = "C"
        }
        { k = tolower($0); gsub(/-/, "", k)
          if ((k in rank) && rank[k] < best) { best = rank[k]; pick = $0 } }
        END { print pick }'
}
TEST_LOCALE=$(pick_locale)

# -------------------------------------------------------------- case table

# Fills the arrays c_name, c_rtol, c_atol, c_exit, c_cmd (the command,
# normalised to single spaces) from the table at the end of this file.
c_name=(); c_rtol=(); c_atol=(); c_exit=(); c_cmd=()
declare -A c_index=()

trim() {   # trim VAR: strip leading and trailing blanks from $VAR
    local -n v=$1
    v=${v#"${v%%[![:space:]]*}"}
    v=${v%"${v##*[![:space:]]}"}
}

is_number() {
    [[ $1 =~ ^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$ || $1 =~ ^[0-9]+\.$ ]]
}

load_table() {
    local line n=0 name rtol atol ex cmd rest words first
    # line number in this file of the heredoc start, for messages
    first=$(awk '/^case_table\(\)/ { f = 1 } f && /<</ { print NR; exit }' "$0")
    while IFS= read -r line; do
        n=$((n + 1))
        trim line
        case $line in ''|'#'*) continue ;; esac
        IFS='|' read -r name rtol atol ex cmd rest <<<"$line"
        trim name; trim rtol; trim atol; trim ex; trim cmd
        # shellcheck disable=SC2015  # die exits, so A && B || die is fine
        [ -z "${rest:-}" ] && [ -n "$cmd" ] ||
            die "tests.sh line $((n + first)): want 'name | rtol | atol | exit | command': $line"
        [[ $name =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] ||
            die "tests.sh line $((n + first)): bad case name '$name'"
        [ "$name" != self-check ] || die "tests.sh line $((n + first)): self-check is reserved"
        [ -z "${c_index[$name]:-}" ] || die "tests.sh line $((n + first)): duplicate case $name"
        [ "$rtol" = - ] && rtol=$DEFAULT_RTOL
        [ "$atol" = - ] && atol=$DEFAULT_ATOL
        is_number "$rtol" || die "tests.sh line $((n + first)): bad rtol '$rtol'"
        is_number "$atol" || die "tests.sh line $((n + first)): bad atol '$atol'"
        # shellcheck disable=SC2015
        [[ $ex =~ ^[0-9]+$ ]] && [ "$ex" -le 255 ] ||
            die "tests.sh line $((n + first)): bad exit status '$ex'"
        read -r -a words <<<"$cmd"
        [ "${words[0]}" = rotors ] ||
            die "tests.sh line $((n + first)): the command must start with 'rotors'"
        c_index[$name]=${#c_name[@]}
        c_name+=("$name"); c_rtol+=("$rtol"); c_atol+=("$atol")
        c_exit+=("$ex"); c_cmd+=("${words[*]}")
    done < <(case_table)
}

# ---------------------------------------------------------- running a case

# run_case CMD: runs CMD (first word rotors) in a fresh temporary directory.
# Sets: case_dir (the directory, still there), status; stdout and stderr are
# in $WORK/stdout and $WORK/stderr.
# A command may be a chain `rotors A ; rotors B`: the parts run in order in
# the same directory (the first makes an input for the second), their
# outputs concatenated; the status is the last part's, and a part that fails
# stops the chain.  Only the last part's status is checked.
run_case() {
    local -a words
    local part rest=$1
    case_dir=$(mktemp -d "$WORK/case.XXXXXX") || die "mktemp failed"
    : >"$WORK/stdout"
    : >"$WORK/stderr"
    while :; do
        part=${rest%% ; *}
        read -r -a words <<<"$part"
        words[0]=$ROTORS
        # the braces with 2>/dev/null silence bash's "Segmentation fault" notice
        { (cd "$case_dir" &&
            LC_ALL=$TEST_LOCALE exec "${TIMEOUT[@]}" "${words[@]}" \
                </dev/null >>"$WORK/stdout" 2>>"$WORK/stderr"); } 2>/dev/null
        status=$?
        [ "$part" != "$rest" ] && [ "$status" = 0 ] || break
        rest=${rest#* ; }
    done
}

# emit PREFIX FILE: FILE's lines with PREFIX, and a marker if the last line
# has no newline.
emit() {
    [ -s "$2" ] || return 0
    awk -v p="$1" '{ print p $0 }' "$2"
    [ -z "$(tail -c 1 "$2")" ] || echo '@ missing final newline'
}

# entries: what the command left in case_dir, one relative path a line.
entries() {
    (cd "$case_dir" && find . ! -name . | sed 's|^\./||' | sort)
}

# make_block CMD: the block (without the ### line) of the case just run.
make_block() {
    local e
    printf '$ %s\n? %s\n' "$1" "$status"
    emit '  ' "$WORK/stdout"
    emit '! ' "$WORK/stderr"
    while IFS= read -r e; do
        [ -n "$e" ] || continue
        if [ -L "$case_dir/$e" ] || { [ ! -f "$case_dir/$e" ] && [ ! -d "$case_dir/$e" ]; }; then
            printf '@ other %s\n' "$e"
        elif [ -d "$case_dir/$e" ]; then
            printf '@ dir %s\n' "$e"
        else
            printf '@ file %s\n' "$e"
            emit '  ' "$case_dir/$e"
        fi
    done < <(entries)
}

first_line() {   # first line of a file, shortened, for messages
    local l=
    IFS= read -r l <"$1"
    [ ${#l} -le 100 ] || l="${l:0:97}..."
    printf '%s' "$l"
}

describe_status() {
    if [ "$1" = 124 ] && [ ${#TIMEOUT[@]} -gt 0 ]; then
        echo "124 (timed out after ${CASE_TIMEOUT}s)"
    elif [ "$1" = 126 ] || [ "$1" = 127 ]; then
        echo "$1 (could not run the binary)"
    elif [ "$1" -gt 128 ]; then
        echo "$1 (killed by signal $(($1 - 128)))"
    else
        echo "$1"
    fi
}

# ------------------------------------------------------- golden comparison

# Split `expected` into $WORK/golden/NAME files (the block minus ###).
split_expected() {
    mkdir -p "$WORK/golden"
    [ -f "$EXPECTED" ] || return 0
    awk -v dir="$WORK/golden" '
        /^### / { if (f != "") close(f)
                  name = substr($0, 5)
                  if (name !~ /^[A-Za-z0-9][A-Za-z0-9._-]*$/) {
                      printf "tests.sh: expected line %d: bad case name\n", NR > "/dev/stderr"
                      f = ""; next }
                  f = dir "/" name; printf "" > f; next }
        f != "" { print >> f }
    ' "$EXPECTED"
}

# compare NAME RTOL ATOL GOLDEN ACTUAL: prints FAIL lines (at most
# MAX_PROBLEMS and a count of the rest), returns 1 if anything differs.
# One awk run per case; lines equal as text are not tokenised.
compare() {
    awk -v name="$1" -v rtol="$2" -v atol="$3" -v maxp="$MAX_PROBLEMS" -v golden="$4" '
    function problem(msg) {
        np++
        if (np <= maxp) print "FAIL " name ": " msg
    }
    # the text of a block line as the program printed it, for messages
    function shown(s) {
        if (substr(s, 1, 2) == "  " || substr(s, 1, 2) == "! ")
            s = substr(s, 3)
        gsub(/\t/, "\\t", s)
        if (length(s) > 70) s = substr(s, 1, 67) "..."
        return "\"" s "\""
    }
    # lab[i] = "stdout line 3", "stderr line 1", "file x.tsv line 2", ...
    function mklabels(arr, n, lab,    i, sec, k, ks, l) {
        sec = "stdout"; k = 0; ks = 0
        for (i = 3; i <= n; i++) {
            l = arr[i]
            if (substr(l, 1, 2) == "! ") lab[i] = "stderr line " (++ks)
            else if (substr(l, 1, 7) == "@ file ") {
                sec = "file " substr(l, 8); k = 0; lab[i] = "start of " sec
            } else if (substr(l, 1, 1) == "@") lab[i] = "marker"
            else lab[i] = sec " line " (++k)
        }
    }
    # Splits s into its skeleton (returned, numbers replaced by \034) and
    # its numbers tok[1..n]. A number must not follow a letter, digit, _ or .
    function tokenize(s, tok,    n, out, last, pre, t, c) {
        split("", tok); n = 0; out = ""; last = ""
        while (match(s, /[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?/)) {
            pre = substr(s, 1, RSTART - 1)
            t = substr(s, RSTART, RLENGTH)
            c = (pre != "") ? substr(pre, length(pre), 1) : last
            if (c == "" || c !~ /[A-Za-z0-9_.]/) {
                tok[++n] = t
                out = out pre "\034"
                last = substr(t, length(t), 1)
                s = substr(s, RSTART + RLENGTH)
            } else {
                # not a number here: a sign is text (digits after it may
                # still be a number), otherwise the whole match is text
                if (t ~ /^[-+]/) t = substr(t, 1, 1)
                out = out pre t
                last = substr(t, length(t), 1)
                s = substr(s, RSTART + length(t))
            }
        }
        return out s
    }
    function abs(x) { return x < 0 ? -x : x }
    # inf and nan (e.g. 1e999 overflowing) compare badly in some awks (mawk
    # says nan <= x): a non-finite number must match as text
    function finite(x) { return sprintf("%g", x) !~ /[iI][nN][fF]|[nN][aA][nN]/ }
    function compare_line(i,    se, sa, j, a, b, d, m, tol, why) {
        if (e[i] == g[i]) return
        se = tokenize(e[i], te)
        sa = tokenize(g[i], tg)
        if (se != sa) {
            problem(le[i] ": expected " shown(e[i]) " got " \
                    (lg[i] == le[i] ? "" : lg[i] " ") shown(g[i]))
            return
        }
        for (j = 1; j in te; j++) {
            if (te[j] == tg[j]) continue
            a = te[j] + 0; b = tg[j] + 0
            d = abs(a - b); m = abs(a) > abs(b) ? abs(a) : abs(b)
            tol = atol + rtol * m
            if (!finite(a) || !finite(b))
                why = "overflows a double: must match as text"
            else if (!(d <= tol))
                why = "|diff| " sprintf("%.3g", d) " > tol " sprintf("%.3g", tol)
            else
                continue
            problem(le[i] " (" shown(e[i]) "): number " j " expected " \
                    te[j] " got " tg[j] " (" why ")")
        }
    }
    BEGIN { while ((getline l < golden) > 0) e[++ne] = l }
    { g[++ng] = $0 }
    END {
        rtol += 0; atol += 0
        if (ne < 2 || substr(e[1], 1, 2) != "$ " || substr(e[2], 1, 2) != "? ") {
            problem("malformed block in expected (no $ and ? lines); re-record")
        } else if (e[1] != g[1]) {
            problem("command changed; re-record (expected has \"" \
                    substr(e[1], 3) "\")")
        } else if (e[2] != g[2]) {
            problem("exit status changed in the table; re-record (expected has " \
                    substr(e[2], 3) ")")
        } else {
            mklabels(e, ne, le); mklabels(g, ng, lg)
            n = ne < ng ? ne : ng
            if (ne != ng)
                problem("expected " (ne - 2) " lines, got " (ng - 2))
            np0 = np
            for (i = 3; i <= n; i++) compare_line(i)
            if (np == np0 && ng > ne)
                problem("extra " lg[n + 1] ": " shown(g[n + 1]))
            else if (np == np0 && ne > ng)
                problem("missing " le[n + 1] ": " shown(e[n + 1]))
        }
        if (np > maxp) print "FAIL " name ": ... and " (np - maxp) " more problems"
        exit (np > 0)
    }' "$5"
}

# ------------------------------------------------------------------ checks

passed=0
failed=0

# check_case I: runs table case I, prints ok/FAIL; in record mode saves the
# block to $WORK/new/NAME instead of comparing. Returns 1 on failure.
check_case() {
    local i=$1 name=${c_name[$1]} cmd=${c_cmd[$1]} want=${c_exit[$1]}
    local bad=0 nerr left
    run_case "$cmd"
    make_block "$cmd" >"$WORK/actual"

    if [ "$status" != "$want" ]; then
        echo "FAIL $name: exit status $(describe_status "$status"), expected $want" \
             "(stderr: \"$(first_line "$WORK/stderr")\")"
        bad=1
    elif [ "$want" = 2 ]; then
        if [ -s "$WORK/stdout" ]; then
            echo "FAIL $name: exit 2 but stdout is not empty: \"$(first_line "$WORK/stdout")\""
            bad=1
        fi
        nerr=$(awk 'END { print NR }' "$WORK/stderr")
        if [ "$nerr" != 1 ]; then
            echo "FAIL $name: exit 2 wants exactly one stderr line, got $nerr"
            bad=1
        fi
    fi
    # a failed run (expected or not) must not leave anything behind
    if [ "$want" != 0 ] || [ "$status" != 0 ]; then
        left=$(entries | tr '\n' ' ')
        if [ -n "$left" ]; then
            echo "FAIL $name: exit $status left files behind: ${left% }"
            bad=1
        fi
    fi
    # the golden comparison is noise when the exit status is wrong
    if [ "$status" = "$want" ]; then
        if [ $record = 1 ]; then
            [ $bad = 1 ] || cp "$WORK/actual" "$WORK/new/$name"
        elif [ ! -f "$WORK/golden/$name" ]; then
            echo "FAIL $name: no golden output; run ./tests.sh --record and read the diff"
            bad=1
        elif ! compare "$name" "${c_rtol[$i]}" "${c_atol[$i]}" \
                       "$WORK/golden/$name" "$WORK/actual"; then
            bad=1
        fi
    fi
    rm -rf "$case_dir"
    if [ $bad = 1 ]; then
        echo "     command: $cmd  (rtol ${c_rtol[$i]}, atol ${c_atol[$i]}, exit $want)"
        return 1
    fi
    echo "ok   $name"
}

# self_check: `rotors check` must exit 0 and end with `N passed, 0 failed`.
self_check() {
    local last
    run_case "rotors check"
    rm -rf "$case_dir"
    last=$(tail -n 1 "$WORK/stdout")
    if [ "$status" = 0 ] && [[ $last =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then
        echo "ok   self-check"
        return 0
    fi
    grep -h '^FAIL' "$WORK/stdout" "$WORK/stderr" | sed 's/^/FAIL self-check: /'
    echo "FAIL self-check: exit status $(describe_status "$status"), last line \"$last\""
    echo "     command: rotors check"
    return 1
}

# figure_files: every SVG and PDF that `rotors fig all` writes must pass
# `rotors verify` (SVG well formed, PDF cross-reference table right).  The
# figures are made on a coarse mesh and grid (dx=0.02, grid=21), and the
# figure micro on a chain of 21 rotors (Nmicro=10), to keep this under a
# few seconds; the files have the same structure as the real ones.
figure_files() {
    local f bad=0 count=0
    run_case "rotors fig fast dx=0.02 grid=21 Nmicro=10 out=."
    if [ "$status" != 0 ]; then
        echo "FAIL figure-files: rotors fig all exited $(describe_status "$status"): $(head -n 1 "$WORK/stderr")"
        rm -rf "$case_dir"
        return 1
    fi
    # One call checks them all (rotors verify takes several files); it must
    # print one "valid" line per file and exit 0.
    local files=()
    for f in "$case_dir"/*.svg "$case_dir"/*.pdf; do
        [ -e "$f" ] && files+=("$f")
    done
    count=${#files[@]}
    if [ "$count" -gt 0 ]; then
        if ! "$ROTORS" verify "${files[@]}" >"$WORK/verify" 2>&1; then
            grep -v '^valid ' "$WORK/verify" | sed 's/^/FAIL figure-files: /'
            bad=1
        elif [ "$(grep -c '^valid ' "$WORK/verify")" != "$count" ]; then
            echo "FAIL figure-files: rotors verify printed $(grep -c '^valid ' "$WORK/verify") valid lines for $count files"
            bad=1
        fi
    fi
    rm -rf "$case_dir"
    if [ $count -lt 26 ]; then
        echo "FAIL figure-files: only $count SVG/PDF files written, expected 26"
        bad=1
    fi
    [ $bad = 0 ] && echo "ok   figure-files ($count files valid)"
    [ $bad = 0 ]
}

# quoted_numbers: a number that README.md, paper-notes.md or the book
# (rotors.nw) quotes from the program's output must still be what the
# program prints.  Each row of quote_table names the file, the source of
# the number (a case of the table, whose golden block in `expected` the
# case itself checks against the program, or @PATH, a file that `make pdf`
# writes, such as @figures/fig2.out), a key, and a text that must appear
# in the file as it is.  The key names the number in that output (of a
# case: its stdout, stderr and the files it wrote, not the `$`/`?` lines):
#   NAME        the value of a `# NAME = value` or `NAME = value` line;
#   COL@ROW     a TSV table (its header is the first line not starting
#               with `#`): column COL of the first row whose first field
#               is ROW, e.g. kappa@0.3 in the output of `coeffs`;
#   ~ANCHOR     the first number after the first occurrence of ANCHOR (for
#               lines that are not `key = value`, such as those of `rotors
#               check`); ~ANCHOR~N the Nth number after it (an ANCHOR
#               cannot contain `|`, the column separator).
# The last number in the text is the quoted value (a U+2212 minus counts as
# `-`, and LaTeX's 4.3\times10^{-6} as 4.3e-6): the program's value must
# round to it (within half a unit of its last digit).
# So a change of the program that moves a quoted number fails here until
# the text is updated, and so does an edit of the text alone.  A row whose
# @PATH does not exist is skipped unless QUOTES_NEED_FILES=1 (CI sets it
# after make pdf).
quoted_numbers() {
    local file src key text value bad=0 count=0 skipped=0 out
    while IFS='|' read -r file src key text; do
        trim file; trim src; trim key; trim text
        case $file in ''|'#'*) continue ;; esac
        count=$((count + 1))
        if [[ $src == @* ]]; then
            out=$here/${src#@}
            if [ ! -f "$out" ]; then
                if [ "${QUOTES_NEED_FILES:-0}" = 1 ]; then
                    echo "FAIL quoted-numbers: $file quotes $key from ${src#@}, which does not exist (run make pdf)"; bad=1
                else
                    skipped=$((skipped + 1))
                fi
                continue
            fi
        else
            out=$WORK/golden/$src
            [ -f "$out" ] || { echo "FAIL quoted-numbers: no golden block for case $src"; bad=1; continue; }
        fi
        if ! grep -qF -- "$text" "$here/$file"; then
            echo "FAIL quoted-numbers: $file does not contain \"$text\" (the program's $key from $src)"; bad=1; continue
        fi
        value=$(awk -v k="$key" -v golden="$([[ $src == @* ]] || echo 1)" '
            golden && !sub(/^(  |! )/, "") { next }
            k ~ /^~/ { a = substr(k, 2); n = 1
                       if (match(a, /~[0-9]+$/)) { n = substr(a, RSTART + 1) + 0; a = substr(a, 1, RSTART - 1) }
                       i = index($0, a); if (!i) next
                       t = substr($0, i + length(a))
                       while (n-- > 0 && match(t, /-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) {
                           q = substr(t, RSTART, RLENGTH); t = substr(t, RSTART + RLENGTH) }
                       if (n < 0) print q; exit }
            k ~ /@/ { c = substr(k, 1, index(k, "@") - 1); r = substr(k, index(k, "@") + 1)
                      if (/^#/) next; nf = split($0, f, "\t")
                      if (!col) { for (j = 1; j <= nf; j++) if (f[j] == c) col = j; next }
                      if (f[1] == r) { print f[col]; exit } next }
            $1 == "#" && $2 == k && $3 == "=" { print $4; exit }
            $1 == k && $2 == "=" { print $3; exit }' "$out")
        if [ -z "$value" ]; then
            echo "FAIL quoted-numbers: $src prints no $key (quoted in $file)"; bad=1; continue
        fi
        if ! printf '%s\n' "$text" | awk -v v="$value" '
            { t = $0; gsub(/\342\210\222/, "-", t); q = ""
              while (match(t, /\\times ?10\^(\{-?[0-9]+\}|[0-9])/)) {
                  x = substr(t, RSTART, RLENGTH); sub(/.*\^/, "", x); gsub(/[{}]/, "", x)
                  t = substr(t, 1, RSTART - 1) "e" x substr(t, RSTART + RLENGTH) }
              while (match(t, /-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) {
                  q = substr(t, RSTART, RLENGTH); t = substr(t, RSTART + RLENGTH) } }
            END { if (q == "") exit 1
                  m = q; e = 0; if (match(m, /[eE]/)) { e = substr(m, RSTART + 1) + 0; m = substr(m, 1, RSTART - 1) }
                  d = index(m, ".") ? length(m) - index(m, ".") : 0
                  half = 0.5 * 10 ^ (e - d) * (1 + 1e-9)
                  exit !((v - q <= half) && (q - v <= half)) }'; then
            echo "FAIL quoted-numbers: $file quotes \"$text\" but $src prints $key = $value"; bad=1
        fi
    done < <(quote_table)
    [ $bad = 0 ] && echo "ok   quoted-numbers ($count quotes$( [ $skipped = 0 ] || echo ", $skipped skipped: run make pdf"))"
    [ $bad = 0 ]
}

# ------------------------------------------------------------- input files

# Some cases need input files: a partial file of `rotors gk shard=i/n` with
# one defect, a Green-Kubo table that Figure 2 cannot fit, a list of paths.
# make_inputs writes them once per run into $WORK/in.  A case runs in a
# sibling directory of in/ and names an input as ../in/NAME, so an input
# is never an entry of the case's own directory (which must stay empty
# when the command fails), and the paths in messages do not depend on
# where $WORK is.  The inputs are text written below, never the output of
# the binary under test.

tsv_row() { local IFS=$'\t'; printf '%s\n' "$*"; }

# partial FIRST LAST: the partial file that `rotors gk T=1 M=16 R=4 tmax=0.1
# tsim=2 ttherm=0.5 shard=i/2` writes, for shard 0 (FIRST=0) or 1 (FIRST=2).
partial() {
    local n
    printf '# rotors gk partial sums\n# T = 1\n# dt = 0.01\n# tmax = 0.1\n# tsim = 2\n'
    printf '# ttherm = 0.5\n# M = 16\n# window = 1\n# block = 5\n# nlag = 2\n# R = 4\n'
    printf '# first = %s\n# last = %s\n# seed = 1\n# J0p = 0\n# J0e = 0\n' "$1" "$2"
    printf '# cone = 0.66812421442164068\n'
    tsv_row k S1p S1e S2p S2e CJp CJe
    if [ "$1" = 0 ]; then
        tsv_row 0 0.00045189865508423333 0.008574968438330628 1.6781952328945254e-07 5.121264397770334e-05 0 0
        tsv_row 1 0.0013465404449826345 0.025520934541100007 1.4935068579971627e-06 0.0004581615705420046 0 0
        tsv_row 2 0.002229955744832933 0.04186032594568828 4.102748577430467e-06 0.0012415935504167678 0 0
    else
        tsv_row 0 0.0020057331219194468 0.014546845828919786 2.2522035202142374e-06 0.0001620408591844446 0 0
        tsv_row 1 0.005959387754278417 0.04245691158822858 1.9759321929419888e-05 0.0013681102518887929 0 0
        tsv_row 2 0.009797656552004624 0.0685536784485218 5.32503712182747e-05 0.0035366019232240587 0 0
    fi
    printf '# end\n'
}

# gk_table ROW...: a Green-Kubo table (T Kpp Kpp_err Kee Kee_err) with the
# given rows, each a string of five blank-separated fields.
gk_table() {
    local r
    tsv_row T Kpp Kpp_err Kee Kee_err
    for r in "$@"; do
        # shellcheck disable=SC2086  # split the row into its fields
        tsv_row $r
    done
}

make_inputs() {
    local d=$1 host i
    mkdir -p "$d/stale" "$d/dir.svg" || die "cannot create $d"
    partial 0 2 >"$d/part0.tsv"
    partial 2 4 >"$d/part1.tsv"
    # one defect each, in the shard of realizations 0..2
    sed 's/^1\t[^\t]*/1\tnan/' "$d/part0.tsv" >"$d/part-nan.tsv"
    sed 's/^1\t\([^\t]*\)\t\([^\t]*\)\t[^\t]*/1\t\1\t\2\t-1/' "$d/part0.tsv" >"$d/part-negS2.tsv"
    sed 's/^2\t[^\t]*/2\t0x10/' "$d/part0.tsv" >"$d/part-hex.tsv"
    sed 's/^# J0p = 0$/# J0p = nan/' "$d/part0.tsv" >"$d/part-J0nan.tsv"
    sed 's/^# T = 1$/# T = 0.5junk/' "$d/part0.tsv" >"$d/part-Tjunk.tsv"
    sed 's/^# R = 4$/# R = 1/' "$d/part0.tsv" >"$d/part-R1.tsv"
    sed 's/^# M = 16$/# M = 1e300/' "$d/part0.tsv" >"$d/part-Mhuge.tsv"
    sed 's/^# seed = 1$/# seed = 9007199254740993/' "$d/part0.tsv" >"$d/part-seed.tsv"
    sed 's/^# cone = .*/# cone = 0/' "$d/part0.tsv" >"$d/part-cone0.tsv"
    sed '/^# cone = /d' "$d/part0.tsv" >"$d/part-nocone.tsv"
    sed '/^2\t/,$d' "$d/part0.tsv" >"$d/part-cut.tsv"
    sed 's/$/\r/' "$d/part0.tsv" >"$d/part-crlf.tsv"
    { head -n 3 "$d/part0.tsv"; printf 'k\0\n'; } >"$d/part-nul.tsv"
    # 1000 shards of one realization each, listed one a line (one path with a comma)
    mkdir -p "$d/parts"
    awk -v dir="$d/parts" 'BEGIN {
        for (i = 0; i < 1000; i++) {
            name = i == 7 ? "part,7.tsv" : "part_" i ".tsv"; f = dir "/" name
            print "../in/parts/" name > (dir "/../parts.txt")
            printf "# T = 1\n# dt = 0.01\n# tmax = 0.1\n# tsim = 2\n# ttherm = 0.5\n# M = 16\n" > f
            printf "# window = 1\n# block = 5\n# nlag = 2\n# R = 1000\n# first = %d\n", i > f
            printf "# last = %d\n# seed = 1\n# J0p = 0\n# J0e = 0\n# cone = 1\n", i + 1 > f
            for (k = 0; k <= 2; k++) { a = (i % 5) * (k + 1); b = i % 3 + k
                printf "%d\t%d\t%d\t%d\t%d\t0\t0\n", k, a, b, a * a, b * b > f }
            printf "# end\n" > f; close(f) } }'
    printf '\n' >"$d/empty-list.txt"
    # coefficient files
    printf '# a1 = 1e6\n' >"$d/coeff-a1-huge.tsv"
    printf '# a2 = 0.3\r\n# c2 = 0.2\n' >"$d/coeff-kee.tsv"
    printf '../in/coeff-kee.tsv\n' >"$d/coeff-list.txt"
    # the coefficients and covariance of the fit of Figure 2 (figures/fig2_*_fit.tsv)
    printf '%s\n' '# model = Kpp' '# a1 = -5.665688557500822' '# b1 = 1.956274500569577' \
        '# c1 = 1.0878534653114875' '# cov_a1_a1 = 0.9023772760588799' \
        '# cov_a1_b1 = -0.030783010586939358' '# cov_a1_c1 = -0.09202123712595399' \
        '# cov_b1_b1 = 0.003565494691974551' '# cov_b1_c1 = 0.0014271620985986564' \
        '# cov_c1_c1 = 0.01070778744140994' >"$d/fit-kpp.tsv"
    printf '%s\n' '# model = Kee' '# a2 = -0.09520128231293314' '# b2 = 0.6149513609443102' \
        '# c2 = 0.05445268272572171' '# cov_a2_a2 = 0.011279581263665947' \
        '# cov_a2_b2 = -0.017868479104971514' '# cov_a2_c2 = 0.005798953681085603' \
        '# cov_b2_b2 = 0.029845401950996043' '# cov_b2_c2 = -0.010096329382706451' \
        '# cov_c2_c2 = 0.0036315010231732303' >"$d/fit-kee.tsv"
    # a covariance of K^pp in a file that gives only a1
    grep -v '^# [bc]1 ' "$d/fit-kpp.tsv" >"$d/cov-partial.tsv"
    # Green-Kubo tables for fig 2 gk=
    : >"$d/gk-empty.tsv"
    gk_table >"$d/gk-header.tsv"
    gk_table "0.3 nan 0.1 1 0.1" >"$d/gk-nan.tsv"
    gk_table "0.3 1 -0.1 1 0.1" >"$d/gk-negerr.tsv"
    gk_table "0.3 1 0.1 1 0.1" "0.5 1 0.1 1 0.1" "2 1 0.1 1 0.1" "3 1 0.1 1 0.1" >"$d/gk-few.tsv"
    printf 'T\0Kpp\n\1\2\3\n' >"$d/gk-binary.tsv"
    # the table of make fig2-precise (gkscale=16 gkest=local), as it wrote it
    gk_table "0.2 153.42213975541688 5.926210926536439 7.563210000088349 0.2945385654657907" \
        "0.25 42.59398491623389 1.8640929413935208 4.297478859593737 0.16463286544176192" \
        "0.3 15.774000941773588 0.5992925623304679 2.8994141593912945 0.0935715881438899" \
        "0.35 7.564726119891727 0.3217310013177847 2.152329130791945 0.07325162353458152" \
        "0.4 4.001204105151974 0.15562372746748127 1.8208583938291465 0.06342264551457744" \
        "0.45 2.7042341727286145 0.11092111316254569 1.5447584113444062 0.058045646830767884" \
        "0.5 1.8764907575710994 0.035183666191225565 1.3132887709748544 0.021591264216788024" \
        "0.6 1.0822964910555248 0.020941014311663182 1.0329147501471474 0.016605707672625338" \
        "0.7 0.7176980111807357 0.014108853132636393 0.8607900754519776 0.014844311047265373" \
        "0.8 0.5634729520051652 0.008069032771243361 0.7402409663820189 0.008899221548954759" \
        "0.9 0.4215623221675842 0.00592109111125095 0.6339385565544505 0.008406018726237576" \
        "1 0.3421357691672781 0.0044031375900685215 0.5602807369446634 0.006064471833880669" \
        "1.25 0.21663588352412125 0.002835096329823455 0.4262038006435374 0.004918901200126459" \
        "1.5 0.1529921325637241 0.0021428093710993655 0.3421458535550941 0.0038135005162592077" \
        "2 0.08491126279781706 0.0012684725300395152 0.23571317965826233 0.0027586944954608407" \
        "2.5 0.05709756111045782 0.000849427481960972 0.18021395035639273 0.0020762709491243345" \
        "3 0.04073955498493657 0.0006636305807314714 0.13938961583709694 0.0017161682758401466" >"$d/gk-precise.tsv"
    gk_table "0.5 1 0.1 1 0.1" "0.5 2 0.1 1 0.1" "0.5 1 0.1 2 0.1" "0.5 3 0.1 1 0.1" >"$d/gk-oneT.tsv"
    : >"$d/afile"
    # temporary files beside ../in/stale/x.tsv: of a dead process of this
    # machine (the only one a run may remove), of a live process (pid 1),
    # of another machine, and of another destination
    host=$(uname -n | cut -c 1-64 | tr -c 'A-Za-z0-9.\n-' '_')
    : >"$d/stale/x.tsv.tmp-$host-999999999-abcdef"
    : >"$d/stale/x.tsv.tmp-$host-1-abcdef"
    : >"$d/stale/x.tsv.tmp-elsewhere.example-999999999-abcdef"
    : >"$d/stale/y.tsv.tmp-$host-999999999-abcdef"
}

# signal_cleanup: a run writing out= that is ended by a signal a batch
# system may send (SIGUSR1 as a warning, SIGALRM, SIGXCPU at a CPU limit,
# SIGTERM) must die of that signal and leave nothing in its directory.
# The run would take many seconds; it is signalled after 0.3 s.
signal_cleanup() {
    local sig pid st bad=0 left
    for sig in USR1 ALRM XCPU TERM; do
        case_dir=$(mktemp -d "$WORK/case.XXXXXX") || die "mktemp failed"
        (cd "$case_dir" && exec "$ROTORS" gk T=1 M=256 R=400 threads=1 out=res.tsv) \
            </dev/null >/dev/null 2>&1 &
        pid=$!
        sleep 0.3
        kill -s "$sig" "$pid" 2>/dev/null
        { wait "$pid"; st=$?; } 2>/dev/null
        left=$(entries | tr '\n' ' ')
        rm -rf "$case_dir"
        if [ "$st" != $((128 + $(kill -l "$sig"))) ] || [ -n "$left" ]; then
            echo "FAIL signal-cleanup: SIG$sig: exit $(describe_status "$st"), left: ${left:-nothing}"
            bad=1
        fi
    done
    [ $bad = 0 ] && echo "ok   signal-cleanup (SIGUSR1, SIGALRM, SIGXCPU, SIGTERM)"
    [ $bad = 0 ]
}

# -------------------------------------------------------------------- main

main() {
    local i name run_self=0 n=0
    local -A want=()
    load_table
    for name in "${selected[@]}"; do
        if [ "$name" = self-check ]; then
            run_self=1
        elif [ "$name" = quoted-numbers ]; then
            :
        elif [ -z "${c_index[$name]:-}" ]; then
            die "no case named $name"
        fi
        want[$name]=1
    done
    [ ${#selected[@]} -gt 0 ] || run_self=1

    echo "cases run with LC_ALL=$TEST_LOCALE"
    split_expected
    mkdir -p "$WORK/new"
    make_inputs "$WORK/in"
    for i in "${!c_name[@]}"; do
        name=${c_name[$i]}
        [ ${#selected[@]} -eq 0 ] || [ -n "${want[$name]:-}" ] || continue
        if check_case "$i"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
        fi
    done

    if [ $record = 1 ]; then
        if [ $failed -gt 0 ]; then
            echo "not recorded: $failed case(s) failed the checks above; expected left unchanged"
            exit 1
        fi
        # Table order; cases not rerun keep their old block; blocks of
        # cases no longer in the table are dropped.
        tmp_expected=$(mktemp "$here/.expected.XXXXXX") || die "cannot write in $here"
        for name in "${c_name[@]}"; do
            if [ -f "$WORK/new/$name" ]; then
                printf '### %s\n' "$name"; cat "$WORK/new/$name"; n=$((n + 1))
            elif [ -f "$WORK/golden/$name" ]; then
                printf '### %s\n' "$name"; cat "$WORK/golden/$name"
            fi
        done >"$tmp_expected"
        chmod 644 "$tmp_expected"
        mv -f "$tmp_expected" "$EXPECTED" || die "cannot write $EXPECTED"
        tmp_expected=
        echo "recorded $n cases in expected; review with: git diff expected"
        exit 0
    fi

    if [ $run_self = 1 ]; then
        if self_check; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
        if figure_files; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
        if signal_cleanup; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    fi
    if [ $run_self = 1 ] || [ -n "${want[quoted-numbers]:-}" ]; then
        if quoted_numbers; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    fi
    if [ ${#selected[@]} -eq 0 ]; then
        for name in "$WORK"/golden/*; do
            name=${name##*/}
            [ "$name" != "*" ] || continue
            [ -n "${c_index[$name]:-}" ] ||
                echo "note: expected has a block for $name, which is not in the table (--record drops it)"
        done
    fi
    echo "$passed passed, $failed failed"
    [ $failed -eq 0 ]
}

# ------------------------------------------------------------------ cases
# name | rtol | atol | exit | command
case_table() {
    cat <<'EOF'
# coefficients at one temperature, a range, and past the model's range
coeffs-T1        | - | - | 0 | rotors coeffs T=1
coeffs-T03       | - | - | 0 | rotors coeffs T=0.3
coeffs-range     | - | - | 0 | rotors coeffs T=0.3:1.5:0.1
coeffs-warn      | - | - | 0 | rotors coeffs T=0.2:3:0.4
coeffs-override  | - | - | 0 | rotors coeffs T=1 a2=0.3 c2=0.2
coeffs-out       | - | - | 0 | rotors coeffs T=0.5:1:0.5 out=table.tsv

help             | - | - | 0 | rotors help
help-coeffs      | - | - | 0 | rotors help coeffs
# a command asked for help prints what rotors help COMMAND prints
help-after-command | - | - | 0 | rotors coeffs --help

# bad usage or input: exit 2, one stderr line, nothing written
bad-command      | - | - | 2 | rotors frobnicate
bad-key          | - | - | 2 | rotors coeffs X=1
bad-twice        | - | - | 2 | rotors coeffs T=1 T=2
bad-noequals     | - | - | 2 | rotors coeffs T
bad-abc          | - | - | 2 | rotors coeffs T=abc
bad-huge         | - | - | 2 | rotors coeffs T=1e999
bad-nan          | - | - | 2 | rotors coeffs T=nan
bad-inf          | - | - | 2 | rotors coeffs T=inf
bad-empty        | - | - | 2 | rotors coeffs T=
bad-hex          | - | - | 2 | rotors coeffs T=0x1p3
bad-negative     | - | - | 2 | rotors coeffs T=-1
bad-zero         | - | - | 2 | rotors coeffs T=0
bad-trailing     | - | - | 2 | rotors coeffs T=1.0x
bad-range-step0  | - | - | 2 | rotors coeffs T=0.3:1:0
bad-range-parts  | - | - | 2 | rotors coeffs T=0.3:1
bad-out-nodir    | - | - | 2 | rotors coeffs T=1 out=nodir/x.tsv
bad-coeff-neg    | - | - | 2 | rotors coeffs T=1 a1=-20

# The stationary solver (2.30)/(B.3).  The Newton solution is converged to
# 1e-12 relative and is computed by the same operations on every build, so
# 1e-9 relative holds for the currents, profiles and sensitivities.  An
# absolute tolerance of 1e-11 covers the numbers that are zero in exact
# arithmetic and come out as rounding noise whose value depends on the
# order of operations: J^p for Delta p = 0 (1e-30), J^e and x_Tmax in the
# symmetric cases (1e-17), the final residual of Newton (1e-13, at the
# rounding floor), and the error estimates, which are differences of two
# currents (J - J_2dx)/3 of order 1e-5 and so carry about 1e-15 absolute.
solve-default    | - | 1e-11 | 0 | rotors solve profile=no
solve-fixed      | - | 1e-11 | 0 | rotors solve profile=no method=fixed
solve-profile    | - | 1e-11 | 0 | rotors solve dx=0.1
solve-symmetric  | - | 1e-11 | 0 | rotors solve TL=0.5 TR=0.5 pL=-1 pR=1 dx=0.02 profile=no
solve-hard       | - | 1e-11 | 0 | rotors solve TL=0.3 TR=0.3 pL=0 pR=2 profile=no
solve-continuation | - | 1e-11 | 0 | rotors solve TL=0.3 TR=0.3 pL=0 pR=5 dx=0.02 profile=no
solve-out        | - | 1e-11 | 0 | rotors solve dx=0.5 out=profile.tsv
# Numbers paper-notes.md quotes (see quote_table): case 1 of the open chain
# at the default dx, the onset of two inflections (Figure 3), and the
# iteration counts of Appendix B's fixed point.
solve-case1      | - | 1e-11 | 0 | rotors solve TL=0.5 TR=0.5 pL=-1 pR=1 profile=no
solve-inflect-0  | - | 1e-11 | 0 | rotors solve TL=0.3 TR=0.3 pL=0 pR=0.625 profile=no
solve-inflect-2  | - | 1e-11 | 0 | rotors solve TL=0.3 TR=0.3 pL=0 pR=0.63 profile=no
# The default case at dx = 1e-5 (0.1 s), which the book compares with
# the Richardson-corrected current at the default dx.  With 2e5 nodes the
# final residual of Newton sits at a rounding floor of 3e-11, hence 1e-10
# absolute.
solve-dx1e-5     | - | 1e-10 | 0 | rotors solve dx=1e-5 profile=no
fixed-TT1-pR1    | - | 1e-11 | 0 | rotors solve TL=1 TR=1 pL=0 pR=1 method=fixed profile=no
fixed-TT05-pR2   | - | 1e-11 | 0 | rotors solve TL=0.5 TR=0.5 pL=0 pR=2 method=fixed profile=no
fixed-TL03-TR1-pR3 | - | 1e-11 | 0 | rotors solve TL=0.3 TR=1 pL=0 pR=3 method=fixed profile=no
fixed-TL1-TR03-pR15 | - | 1e-11 | 0 | rotors solve TL=1 TR=0.3 pL=0 pR=1.5 method=fixed profile=no
# Self-checks whose printed results the text quotes.  rotors check prints
# them rounded to 3-10 significant digits; a last-bit difference between
# builds can move the last printed digit, hence 1e-2 relative (the quoted
# numbers are rounded further); 1e-12 absolute for the rounding noise they
# print for quantities that are zero in exact arithmetic (max |Je| 1.6e-17).
check-2.41       | 1e-2 | 1e-12 | 0 | rotors check only=2.41
check-sigma      | 1e-2 | 1e-12 | 0 | rotors check only=sigma
check-fixed-point | 1e-2 | 1e-12 | 0 | rotors check only=solver-fixed-point
check-dp0        | 1e-2 | 1e-12 | 0 | rotors check only=dp0
check-ou         | 1e-2 | 1e-12 | 0 | rotors check only=window-on-ou
check-energy-drift | 1e-2 | 1e-12 | 0 | rotors check only=chain-energy-drift
# Appendix B cold-started diverges here (inside the paper's range): exit 1
fixed-diverges   | - | - | 1 | rotors solve TL=0.3 TR=0.3 pL=0 pR=2 method=fixed
fixed-diverges-out | - | - | 1 | rotors solve TL=0.3 TR=0.3 pL=0 pR=2 method=fixed out=never.tsv
scan-1d          | - | 1e-11 | 0 | rotors scan pR=-1:1:0.5 dx=0.02
scan-2d-threads  | - | 1e-11 | 0 | rotors scan TL=0.3:0.5:0.1 pR=0:2:1 dx=0.02 threads=2
scan-fixed-fails | - | 1e-11 | 1 | rotors scan TL=0.3 TR=0.3 pR=1:2:0.5 dx=0.02 method=fixed
bad-dx-zero      | - | - | 2 | rotors solve dx=0
bad-dx-big       | - | - | 2 | rotors solve dx=3
bad-dx-odd       | - | - | 2 | rotors solve dx=0.3
bad-method       | - | - | 2 | rotors solve method=secant
bad-scan-3ranges | - | - | 2 | rotors scan TL=0.3:0.5:0.1 TR=0.3:0.5:0.1 pR=0:1:1
bad-solve-coeff  | - | - | 2 | rotors solve TL=1 a1=-20
help-solve       | - | - | 0 | rotors help solve

# The figures (section "Reproduced figures").  The numbers are zeros found
# by regula falsi to 1e-10 on Newton solutions converged to 1e-11; a
# different exp() in the last bit can move the path of the root finder and
# the final bracket by up to that much, so these cases allow 1e-8 absolute.
# Maps are made on a coarse grid (the numbers do not depend on it).
fig1-tsv         | - | 1e-8 | 0 | rotors fig 1 dx=0.02 write=tsv out=.
fig5-numbers     | - | 1e-8 | 0 | rotors fig 5 write=none
fig7-numbers     | - | 1e-8 | 0 | rotors fig 7 write=none grid=11
fig9-numbers     | - | 1e-8 | 0 | rotors fig 9 write=none
fig12-numbers    | - | 1e-8 | 0 | rotors fig 12 write=none
fig4-numbers     | - | 1e-8 | 0 | rotors fig 4 write=none grid=11
fig1-numbers     | - | 1e-8 | 0 | rotors fig 1 write=none
fig6-numbers     | - | 1e-8 | 0 | rotors fig 6 write=none grid=11
fig8-numbers     | - | 1e-8 | 0 | rotors fig 8 write=none grid=11
fig10-numbers    | - | 1e-8 | 0 | rotors fig 10 write=none
fig11-numbers    | - | 1e-8 | 0 | rotors fig 11 write=none
bad-fig-number   | - | - | 2 | rotors fig 14
bad-fig-missing  | - | - | 2 | rotors fig
# The figure scaling on tiny chains (N = 2, 3, 4, t ~ 100 to 150): the
# tolerances of the open chain (ness-short).  Its default sizes take
# minutes (make fig-scaling) and are not run here.  Then its bad keys.
fig-scaling-tiny | 1e-7 | 1e-10 | 0 | rotors fig scaling Ns=2,3,4 err=0.05 time=100 write=none dx=0.02
bad-fig-scaling-few | - | - | 2 | rotors fig scaling Ns=25,50
bad-fig-scaling-order | - | - | 2 | rotors fig scaling Ns=50,25,100
bad-fig-scaling-word | - | - | 2 | rotors fig scaling Ns=25,x,100
bad-fig-scaling-frac | - | - | 2 | rotors fig scaling Ns=25,50.5,100
bad-fig-scaling-empty | - | - | 2 | rotors fig scaling Ns=25,,100
bad-fig-scaling-zero | - | - | 2 | rotors fig scaling Ns=0,25,50
bad-fig-scaling-err | - | - | 2 | rotors fig scaling err=0
bad-fig-scaling-time | - | - | 2 | rotors fig scaling time=0.5
# With coefficients other than the paper's: the same points as
# fig-scaling-tiny (the runs start from the paper's (2.30) whatever the
# coefficients), plus the lines scaling_caseK_coeffs_J*: with the errors of
# the covariance from the files of make_inputs (the fit of Figure 2), and
# without errors from a typed key.  Then a file whose covariance lacks
# its coefficients.
fig-scaling-coeffs | 1e-7 | 1e-10 | 0 | rotors fig scaling Ns=2,3,4 err=0.05 time=100 write=none dx=0.02 coeffs=../in/fit-kpp.tsv,../in/fit-kee.tsv ; rotors fig scaling Ns=2,3,4 err=0.05 time=100 write=none dx=0.02 a1=-5.5
bad-fig-coeffs-cov | - | - | 2 | rotors fig scaling coeffs=../in/cov-partial.tsv
# The figure micro on a tiny chain (N = 4, t ~ 100): the tolerances of
# the open chain.  Its default, N = 50, takes seconds and runs in
# figure-files only at N = 10.  Then its bad size.
fig-micro-tiny | 1e-7 | 1e-10 | 0 | rotors fig micro Nmicro=4 err=0.05 time=100 write=none dx=0.02
bad-fig-micro-N | - | - | 2 | rotors fig micro Nmicro=0
bad-fig-micro-N-frac | - | - | 2 | rotors fig micro Nmicro=20.5
bad-verify-ext   | - | - | 2 | rotors verify notes.txt

# Green-Kubo (section "Green-Kubo estimators").  The dynamics is chaotic:
# a last-bit difference (a different log() in the Gaussian sampler) grows
# like e^(lambda t).  These runs are short (thermalization 0.5, trajectories
# of length 2, M = 16: t of order 3, growth of order 10), so 1e-9 relative
# holds; the sums of many products lose a few more digits near zero, hence
# an absolute 1e-12.
gk-window-short  | - | 1e-12 | 0 | rotors gk T=1 M=16 R=5 tmax=0.5 tsim=2 ttherm=0.5
gk-paper-short   | - | 1e-12 | 0 | rotors gk T=0.5 M=16 R=6 tmax=0.5 ttherm=0.5 estimator=paper threads=3
gk-table         | - | 1e-12 | 0 | rotors gk T=0.5:1:0.5 M=16 R=3 tmax=0.5 tsim=2 ttherm=0.5
gk-shard         | - | 1e-12 | 0 | rotors gk T=1 M=16 R=5 tmax=0.5 tsim=2 ttherm=0.5 shard=1/2 out=part1.tsv
bad-gk-shard     | - | - | 2 | rotors gk shard=2/2
bad-gk-shard-text | - | - | 2 | rotors gk shard=half
bad-gk-tsim      | - | - | 2 | rotors gk T=1 tmax=10 tsim=5
bad-merge-missing | - | - | 2 | rotors merge nofile.tsv
bad-merge-none   | - | - | 2 | rotors merge
bad-gk-shard-range | - | - | 2 | rotors gk T=0.8:1:0.2 shard=0/2
bad-merge-empty  | - | - | 2 | rotors merge files=,
# The local estimator (sections "Green-Kubo estimators" and "The command
# rotors gk"): a ring of 100 sites in 4 blocks, where the default reach
# (the speed of sound, 0.668 at T = 1) keeps each block and its two
# neighbours at every lag of tmax = 1, and cone=50 widens the window to the
# whole ring from the tenth lag on; then its shards, merged.
gk-local-short   | - | 1e-12 | 0 | rotors gk T=1 M=100 R=3 tmax=1 tsim=4 ttherm=0.5 estimator=local
gk-local-cone    | - | 1e-12 | 0 | rotors gk T=1 M=100 R=3 tmax=1 tsim=4 ttherm=0.5 estimator=local cone=50
merge-local      | - | 1e-12 | 0 | rotors gk T=1 M=100 R=3 tmax=1 tsim=4 ttherm=0.5 estimator=local shard=0/2 out=a.tsv ; rotors gk T=1 M=100 R=3 tmax=1 tsim=4 ttherm=0.5 estimator=local shard=1/2 out=b.tsv ; rotors merge a.tsv b.tsv
# the default reach, the speed of sound sqrt(I1(1/T)/I0(1/T)), at T = 0.5 and 0.3
gk-local-T05     | - | 1e-12 | 0 | rotors gk T=0.5 M=50 R=2 tmax=0.5 tsim=2 ttherm=0.5 estimator=local
gk-local-T03     | - | 1e-12 | 0 | rotors gk T=0.3 M=50 R=2 tmax=0.5 tsim=2 ttherm=0.5 estimator=local
bad-gk-cone-zero | - | - | 2 | rotors gk estimator=local cone=0
bad-gk-cone-text | - | - | 2 | rotors gk estimator=local cone=fast
bad-gk-cone-huge | - | - | 2 | rotors gk estimator=local cone=1e3
bad-gk-estimator | - | - | 2 | rotors gk estimator=cepstral
bad-merge-cone   | - | - | 2 | rotors merge ../in/part-cone0.tsv ../in/part1.tsv
bad-merge-nocone | - | - | 2 | rotors merge ../in/part-nocone.tsv ../in/part1.tsv
# Two shards merged as a table row (the merge equals one run to 1e-12 relative:
# rotors check only=shards).
merge-table      | - | 1e-12 | 0 | rotors gk T=1 M=16 R=4 tmax=0.5 tsim=2 ttherm=0.5 shard=0/2 out=a.tsv ; rotors gk T=1 M=16 R=4 tmax=0.5 tsim=2 ttherm=0.5 shard=1/2 out=b.tsv ; rotors merge b.tsv a.tsv table=yes
bad-ness-samples | - | - | 2 | rotors ness N=2 time=1 sample=1000

# The fit (its NIST and round-trip checks are in rotors check).
bad-fit-missing  | - | - | 2 | rotors fit in=missing.tsv model=Kpp
bad-fit-model    | - | - | 2 | rotors fit in=missing.tsv model=Kxx
bad-coeffs-file  | - | - | 2 | rotors coeffs T=1 coeffs=missing.tsv
help-fit         | - | - | 0 | rotors help fit
# The open chain: 5 rotors, burn-in 5 and averaging 20 time units (t ~ 25:
# longer than the gk cases, but the thermostats damp the growth of
# last-bit differences at the ends; 1e-7 relative and 1e-10 absolute).
ness-short       | 1e-7 | 1e-10 | 0 | rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 time=20 R=3 threads=2
bad-ness-T       | - | - | 2 | rotors ness TL=0
# The open chain from the local equilibrium of (2.30), averaged in blocks
# until a target error (err=): the same short chain (t ~ 100 to 400) and
# tolerances as ness-short.  ness-err and ness-err-merged must print the
# same numbers: two shards merged equal the unsharded run.
ness-err         | 1e-7 | 1e-10 | 0 | rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 block=5 time=400 err=0.05 R=3
ness-err-shard   | 1e-7 | 1e-10 | 0 | rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 block=5 time=400 err=0.05 R=3 shard=1/2 out=part1.tsv
ness-err-merged  | 1e-7 | 1e-10 | 0 | rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 block=5 time=400 err=0.05 R=3 shard=0/2 out=a.tsv ; rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 block=5 time=400 err=0.05 R=3 shard=1/2 out=b.tsv ; rotors merge b.tsv a.tsv
ness-start-macro | 1e-7 | 1e-10 | 0 | rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 time=20 R=3 start=macro
ness-rest-blocks | 1e-7 | 1e-10 | 0 | rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 time=20 R=3 block=2.5
# The bulk comparison: (2.30) on [-0.5, 0.5] with the chain's own values there.
ness-bulk        | 1e-7 | 1e-10 | 0 | rotors ness N=4 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 time=40 R=3 bulk=0.5
bad-ness-bulk    | - | - | 2 | rotors ness bulk=1
bad-ness-bulk-N  | - | - | 2 | rotors ness N=2 bulk=0.2
bad-ness-err     | - | - | 2 | rotors ness err=0
bad-ness-err-big | - | - | 2 | rotors ness err=1
bad-ness-err-eq  | - | - | 2 | rotors ness TL=0.5 TR=0.5 pL=0.3 pR=0.3 err=0.01
bad-ness-start   | - | - | 2 | rotors ness start=hot
bad-ness-block   | - | - | 2 | rotors ness block=0
bad-ness-shard   | - | - | 2 | rotors ness shard=2/2
bad-ness-shard-text | - | - | 2 | rotors ness shard=half
bad-ness-shard-R | - | - | 2 | rotors ness R=4 shard=0/5
# A golden fit: a small Green-Kubo table (as in gk-table: short and
# reproducible), then the weighted fit of K^ee on it, written to a file and
# read back by coeffs=.  The fit amplifies the table's last bits by the
# condition of the problem (about 1e4 here), hence 1e-7 relative.
fit-golden       | 1e-7 | 1e-12 | 0 | rotors gk T=0.3:1.5:0.2 M=16 R=3 tmax=0.5 tsim=2 ttherm=0.5 out=gk.tsv ; rotors fit in=gk.tsv model=Kee out=kee.tsv ; rotors coeffs T=1 coeffs=kee.tsv
# The fit's covariance carried forward (Part I, "The error the coefficients
# carry forward"): both fits of the same short table, then the errors of
# K^pp, K^ee, D^p, kappa and of the currents; a typed coefficient drops the
# covariance of its model (the last command prints errors of K^pp only).
# Tolerances as in fit-golden, with the absolute 1e-11 of the solve cases.
coeff-errors     | 1e-7 | 1e-11 | 0 | rotors gk T=0.3:1.5:0.2 M=16 R=3 tmax=0.5 tsim=2 ttherm=0.5 out=gk.tsv ; rotors fit in=gk.tsv model=Kpp out=kpp.tsv ; rotors fit in=gk.tsv model=Kee out=kee.tsv ; rotors coeffs T=0.5:1.5:0.5 coeffs=kpp.tsv,kee.tsv ; rotors solve profile=no dx=0.02 coeffs=kpp.tsv,kee.tsv ; rotors coeffs T=1 coeffs=kpp.tsv,kee.tsv c2=0.02
# The open chain against (2.30) with the coefficients' errors on the macro
# side (macro_Jp_err_coeffs, macro_Je_err_coeffs); ness-short's run and tolerances.
ness-coeff-errors | 1e-7 | 1e-10 | 0 | rotors gk T=0.3:1.5:0.2 M=16 R=3 tmax=0.5 tsim=2 ttherm=0.5 out=gk.tsv ; rotors fit in=gk.tsv model=Kpp out=kpp.tsv ; rotors fit in=gk.tsv model=Kee out=kee.tsv ; rotors ness N=2 TL=0.6 TR=0.4 pL=0 pR=0.5 burn=5 time=20 R=3 threads=2 coeffs=kpp.tsv,kee.tsv

# Bad input in files (the files are made by make_inputs, above): a file is
# read with the parser and the ranges of the keys its values stand for, and
# refused with exit 2, one line naming the file, the line, the value and
# what is allowed.  Partial files of rotors merge, one defect each:
merge-bad-nan    | - | - | 2 | rotors merge ../in/part-nan.tsv ../in/part1.tsv
merge-bad-negS2  | - | - | 2 | rotors merge ../in/part-negS2.tsv ../in/part1.tsv
merge-bad-hex    | - | - | 2 | rotors merge ../in/part-hex.tsv ../in/part1.tsv
merge-bad-J0nan  | - | - | 2 | rotors merge ../in/part-J0nan.tsv ../in/part1.tsv
merge-bad-Tjunk  | - | - | 2 | rotors merge ../in/part-Tjunk.tsv ../in/part1.tsv
merge-bad-R1     | - | - | 2 | rotors merge ../in/part-R1.tsv ../in/part1.tsv
merge-bad-Mhuge  | - | - | 2 | rotors merge ../in/part-Mhuge.tsv ../in/part1.tsv
merge-bad-seed   | - | - | 2 | rotors merge ../in/part-seed.tsv ../in/part1.tsv
merge-bad-cut    | - | - | 2 | rotors merge ../in/part-cut.tsv ../in/part1.tsv
merge-bad-nul    | - | - | 2 | rotors merge ../in/part-nul.tsv ../in/part1.tsv
merge-bad-dir    | - | - | 2 | rotors merge ../in/stale ../in/part1.tsv
# a file with CRLF line ends reads like the original (the two shards of
# merge-table's run with tmax=0.1)
merge-crlf       | - | 1e-12 | 0 | rotors merge ../in/part-crlf.tsv ../in/part1.tsv table=yes
# integers are whole numbers below 2^53 by their digits; a shard is i/n in
# plain digits with n <= R, whatever the size of the numbers
bad-gk-seed-big  | - | - | 2 | rotors gk seed=9007199254740993
bad-gk-seed-frac | - | - | 2 | rotors gk seed=4503599627370495.9
bad-gk-shard-huge | - | - | 2 | rotors gk shard=0/99999999999999999999999
bad-gk-shard-overR | - | - | 2 | rotors gk R=1000000000 shard=9999999999/10000000000
bad-gk-shard-sign | - | - | 2 | rotors gk shard=+0/2
# lists of paths: no length limit, @LIST names a file with one path a line
# (here 1000 shards, one of them with a comma in its name), and an empty
# element is refused
merge-list-1000  | - | - | 0 | rotors merge @../in/parts.txt table=yes
bad-merge-list-missing | - | - | 2 | rotors merge @nolist.txt
bad-merge-list-empty | - | - | 2 | rotors merge @../in/empty-list.txt
bad-coeffs-list-empty | - | - | 2 | rotors coeffs T=1 coeffs=,
coeffs-list      | - | - | 0 | rotors coeffs T=1 coeffs=@../in/coeff-list.txt
# coefficient files: a value is read as its key a1..c2 would be
bad-coeffs-file-range | - | - | 2 | rotors coeffs T=1 coeffs=../in/coeff-a1-huge.tsv
bad-solve-coeffs-file-range | - | - | 2 | rotors solve coeffs=../in/coeff-a1-huge.tsv
# (2.29) and its derivatives must be finite where they are used
bad-coeffs-overflow | - | - | 2 | rotors coeffs T=1e-70
bad-coeffs-overflow2 | - | - | 2 | rotors coeffs T=1e-100
# fig: bad input is found before any work (exit 2, one line), and a
# failed figure (here the fit of a table with one temperature) leaves no
# directory behind
bad-fig-out-file | - | - | 2 | rotors fig 4 grid=11 out=../in/afile
bad-fig-coeff    | - | - | 2 | rotors fig 4 grid=11 a2=-5
bad-fig-gk-missing | - | - | 2 | rotors fig 2 gk=missing.tsv
bad-fig-gk-dir   | - | - | 2 | rotors fig 2 gk=../in/stale
bad-fig-gk-empty | - | - | 2 | rotors fig 2 gk=../in/gk-empty.tsv
bad-fig-gk-header | - | - | 2 | rotors fig 2 gk=../in/gk-header.tsv
bad-fig-gk-nan   | - | - | 2 | rotors fig 2 gk=../in/gk-nan.tsv
bad-fig-gk-negerr | - | - | 2 | rotors fig 2 gk=../in/gk-negerr.tsv
bad-fig-gk-few   | - | - | 2 | rotors fig 2 gk=../in/gk-few.tsv
bad-fig-gk-binary | - | - | 2 | rotors fig 2 gk=../in/gk-binary.tsv
fig2-fit-fails   | - | - | 1 | rotors fig 2 gk=../in/gk-oneT.tsv out=figs
bad-fig-gkest    | - | - | 2 | rotors fig 2 gkest=cepstral
# the fit of the precise Figure 2 (paper-notes.md) from its table, as
# make fig2-precise printed it
fig2-precise-fit | 1e-9 | 1e-12 | 0 | rotors fig 2 gk=../in/gk-precise.tsv write=none
# verify: a file that is not there is bad input
bad-verify-missing | - | - | 2 | rotors verify nonexist.svg
bad-verify-dir   | - | - | 2 | rotors verify ../in/dir.svg
# a run that writes ../in/stale/x.tsv removes the temporary file a killed
# run of this machine left there, and only that one
stale-temporary  | - | - | 0 | rotors coeffs T=1 out=../in/stale/x.tsv
EOF
}

# ------------------------------------------------------------ quoted numbers
# file | source (case or @file) | key | text as it appears in the file
quote_table() {
    cat <<'EOF'
rotors.nw | solve-default | Jp | against the macroscopic $J^p=-3.2733$
paper-notes.md | solve-default | Jp | | −3.2733 |
# the speed of sound, the default reach of the local estimator
rotors.nw | gk-local-T05 | cone | $0.835
rotors.nw | gk-local-short | cone | $0.835$ at $T=0.5$, $0.668
rotors.nw | gk-local-T03 | cone | sound, $0.91
paper-notes.md | gk-local-T03 | cone | At T = 0.3 the speed of sound (0.91
# README.md: the figures' numbers and the example of coeffs
README.md | fig5-numbers | fig5_top_pR_black_triangle | (`# fig5_top_pR_black_triangle = 0.6932
README.md | coeffs-T1 | a1 | # a1 = -5
README.md | coeffs-T1 | Kpp@1 | 1	0.3438101678330916
README.md | coeffs-T1 | Kee@1 | 1	0.3438101678330916	0.5760000000000001
README.md | coeffs-T1 | Dp@1 | 1	0.3438101678330916	0.5760000000000001	0.3438101678330916
README.md | coeffs-T1 | kappa@1 | 1	0.3438101678330916	0.5760000000000001	0.3438101678330916	0.5760000000000001
README.md | coeffs-T1 | dkappa_dT@1 | 0.5760000000000001	-1.704
README.md | coeffs-T1 | dDp_dT@1 | 0.5760000000000001	-1.704	-0.9647496219609146
# paper-notes.md, errata
paper-notes.md | coeffs-T03 | kappa@0.3 | The printed coefficients give κ(0.3) = 31.358
paper-notes.md | coeffs-T1 | kappa@1 | κ(1) = a2 + b2 + c2 = 0.576
paper-notes.md | check-fixed-point | ~Newton at dx~2 | (check `solver-fixed-point`: |ΔJ^p| + |ΔJ^e| = 2.5e-4
paper-notes.md | solve-fixed | mismatch_p | p_R = 1 at Δx = 0.002: p_{K+1} − p_R = −1.6e-6
paper-notes.md | solve-fixed | mismatch_T | T_{K+1} − T_R = 3.7e-7
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_at_TR_0.3 | monotone in T_R: it is 0.664
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_min | has its minimum 0.587
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_min_at_TR | has its minimum 0.587 near T_R = 0.6
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_max | rises to 0.687
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_min | p_R < 0.587
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_max | only for p_R > 0.687
# paper-notes.md, the fixed point of Appendix B
paper-notes.md | solve-fixed | iterations | iterations (327
paper-notes.md | fixed-TT1-pR1 | iterations | p_R = 1; 136
paper-notes.md | fixed-TT05-pR2 | iterations | p_R = 1; 5366
paper-notes.md | fixed-TL03-TR1-pR3 | iterations | p_R = 2; 6482
paper-notes.md | fixed-TL1-TR03-pR15 | iterations | p_R = 1.5 converges in 9750
# paper-notes.md, Figure 2 (what make pdf's rotors fig 2 printed)
paper-notes.md | @figures/fig2.out | fig2_a1 | | a1 | −5.00 ± 1.32 | −5.67
paper-notes.md | @figures/fig2.out | fig2_a1_err | | a1 | −5.00 ± 1.32 | −5.67 ± 0.95
paper-notes.md | @figures/fig2.out | fig2_a1_sigmas_from_paper | | a1 | −5.00 ± 1.32 | −5.67 ± 0.95 | 0.41
paper-notes.md | @figures/fig2.out | fig2_b1 | | b1 | 2.11 ± 0.23 | 1.956
paper-notes.md | @figures/fig2.out | fig2_b1_err | | b1 | 2.11 ± 0.23 | 1.956 ± 0.060
paper-notes.md | @figures/fig2.out | fig2_b1_sigmas_from_paper | | b1 | 2.11 ± 0.23 | 1.956 ± 0.060 | 0.65
paper-notes.md | @figures/fig2.out | fig2_c1 | | c1 | 0.95 ± 0.06 | 1.088
paper-notes.md | @figures/fig2.out | fig2_c1_err | | c1 | 0.95 ± 0.06 | 1.088 ± 0.103
paper-notes.md | @figures/fig2.out | fig2_c1_sigmas_from_paper | | c1 | 0.95 ± 0.06 | 1.088 ± 0.103 | 1.15
paper-notes.md | @figures/fig2.out | fig2_a2 | | a2 | 0.20 ± 0.02 | −0.095
paper-notes.md | @figures/fig2.out | fig2_a2_err | | a2 | 0.20 ± 0.02 | −0.095 ± 0.106
paper-notes.md | @figures/fig2.out | fig2_a2_sigmas_from_paper | | a2 | 0.20 ± 0.02 | −0.095 ± 0.106 | 2.73
paper-notes.md | @figures/fig2.out | fig2_b2 | | b2 | 0.20 ± 0.03 | 0.615
paper-notes.md | @figures/fig2.out | fig2_b2_err | | b2 | 0.20 ± 0.03 | 0.615 ± 0.173
paper-notes.md | @figures/fig2.out | fig2_b2_sigmas_from_paper | | b2 | 0.20 ± 0.03 | 0.615 ± 0.173 | 2.37
paper-notes.md | @figures/fig2.out | fig2_c2 | | c2 | 0.176 ± 0.008 | 0.054
paper-notes.md | @figures/fig2.out | fig2_c2_err | | c2 | 0.176 ± 0.008 | 0.054 ± 0.060
paper-notes.md | @figures/fig2.out | fig2_c2_sigmas_from_paper | | c2 | 0.176 ± 0.008 | 0.054 ± 0.060 | 2.00
paper-notes.md | @figures/fig2.out | fig2_Kpp_reduced_chi2 | Reduced χ²: 1.67
paper-notes.md | @figures/fig2.out | fig2_Kee_reduced_chi2 | Reduced χ²: 1.67 (K^pp), 1.23
# paper-notes.md and the book, the precise Figure 2 (its fit, from its table)
paper-notes.md | fig2-precise-fit | fig2_a1 | | a1 | −5.00 ± 1.32 | −2.59
paper-notes.md | fig2-precise-fit | fig2_a1_err | | a1 | −5.00 ± 1.32 | −2.59 ± 0.15
paper-notes.md | fig2-precise-fit | fig2_a1_sigmas_from_paper | | a1 | −5.00 ± 1.32 | −2.59 ± 0.15 | 1.81
paper-notes.md | fig2-precise-fit | fig2_b1 | | b1 | 2.11 ± 0.23 | 1.819
paper-notes.md | fig2-precise-fit | fig2_b1_err | | b1 | 2.11 ± 0.23 | 1.819 ± 0.020
paper-notes.md | fig2-precise-fit | fig2_b1_sigmas_from_paper | | b1 | 2.11 ± 0.23 | 1.819 ± 0.020 | 1.26
paper-notes.md | fig2-precise-fit | fig2_c1 | | c1 | 0.95 ± 0.06 | 0.744
paper-notes.md | fig2-precise-fit | fig2_c1_err | | c1 | 0.95 ± 0.06 | 0.744 ± 0.018
paper-notes.md | fig2-precise-fit | fig2_c1_sigmas_from_paper | | c1 | 0.95 ± 0.06 | 0.744 ± 0.018 | 3.29
paper-notes.md | fig2-precise-fit | fig2_a2 | | a2 | 0.20 ± 0.02 | −0.008
paper-notes.md | fig2-precise-fit | fig2_a2_err | | a2 | 0.20 ± 0.02 | −0.008 ± 0.018
paper-notes.md | fig2-precise-fit | fig2_a2_sigmas_from_paper | | a2 | 0.20 ± 0.02 | −0.008 ± 0.018 | 7.81
paper-notes.md | fig2-precise-fit | fig2_b2 | | b2 | 0.20 ± 0.03 | 0.455
paper-notes.md | fig2-precise-fit | fig2_b2_err | | b2 | 0.20 ± 0.03 | 0.455 ± 0.031
paper-notes.md | fig2-precise-fit | fig2_b2_sigmas_from_paper | | b2 | 0.20 ± 0.03 | 0.455 ± 0.031 | 5.93
paper-notes.md | fig2-precise-fit | fig2_c2 | | c2 | 0.176 ± 0.008 | 0.109
paper-notes.md | fig2-precise-fit | fig2_c2_err | | c2 | 0.176 ± 0.008 | 0.109 ± 0.012
paper-notes.md | fig2-precise-fit | fig2_c2_sigmas_from_paper | | c2 | 0.176 ± 0.008 | 0.109 ± 0.012 | 4.60
paper-notes.md | fig2-precise-fit | fig2_Kpp_reduced_chi2 | Reduced χ²: 47.2
paper-notes.md | fig2-precise-fit | fig2_Kee_reduced_chi2 | Reduced χ²: 47.2 for K^pp, 0.95
rotors.nw | fig2-precise-fit | fig2_Kpp_reduced_chi2 | $\Kpp$ does not fit the data at that precision (reduced $\chi^2$ of 47.2
paper-notes.md | @figures/fig2.out | fig2_c1_sigmas_from_paper | are within 1.15
paper-notes.md | @figures/fig2.out | fig2_c2_sigmas_from_paper | those of K^ee are 2.00
paper-notes.md | @figures/fig2.out | fig2_a2_sigmas_from_paper | 2.00 (c2) to 2.73
paper-notes.md | @figures/fig2_Kee_fit.tsv | corr_a2_b2 | correlated (correlations −0.97
paper-notes.md | @figures/fig2_Kee_fit.tsv | corr_b2_c2 | (a2, b2), −0.97
paper-notes.md | @figures/fig2_Kee_fit.tsv | corr_a2_c2 | (b2, c2), 0.91
paper-notes.md | @figures/ours.out | kappa@1 | κ(1) = 0.574
paper-notes.md | @figures/ours.out | kappa@0.3 | κ(0.3) = 28.44
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_min | normal conductivity below p_R = | 0.5866
paper-notes.md | @figures/ours.out | fig9_dJe_dTR_zero_pR_min | normal conductivity below p_R = | 0.5866 | 0.5683
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_at_TR_0.3 | at T_R = T_L = 0.3 | 0.6635
paper-notes.md | @figures/ours.out | fig9_dJe_dTR_zero_pR_at_TR_0.3 | at T_R = T_L = 0.3 | 0.6635 | 0.5998
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_max | increasing on all of [0.3, 1] above | 0.6866
paper-notes.md | @figures/ours.out | fig9_dJe_dTR_zero_pR_max | increasing on all of [0.3, 1] above | 0.6866 | 0.6944
paper-notes.md | fig5-numbers | fig5_top_pR_black_triangle | | Fig. 5 top: p_R^▲ | 0.6932
paper-notes.md | @figures/ours.out | fig5_top_pR_black_triangle | | Fig. 5 top: p_R^▲ | 0.6932 | 0.6536
paper-notes.md | fig5-numbers | fig5_bottom_pR_down_triangle | | Fig. 5 bottom: uphill interval | ±0.5778
paper-notes.md | @figures/ours.out | fig5_bottom_pR_down_triangle | | Fig. 5 bottom: uphill interval | ±0.5778 | ±0.4665
paper-notes.md | fig7-numbers | fig7_left_negative_conductivity_pR_min | | Fig. 7 left: negative conductivity for \|p_R\| > | 1.4980
paper-notes.md | @figures/ours.out | fig7_left_negative_conductivity_pR_min | | Fig. 7 left: negative conductivity for \|p_R\| > | 1.4980 | 1.5339
paper-notes.md | fig7-numbers | fig7_right_negative_conductivity_pR_min | | Fig. 7 right: negative conductivity for \|p_R\| > | 0.5866
paper-notes.md | @figures/ours.out | fig7_right_negative_conductivity_pR_min | | Fig. 7 right: negative conductivity for \|p_R\| > | 0.5866 | 0.5683
paper-notes.md | @figures/ours.out | fig5_bottom_pR_down_triangle | bottom (≈ [−0.6, 0.6]: ours ±0.4665
paper-notes.md | @figures/ours.out | fig9_dJe_dTR_zero_pR_at_TR_0.3 | for the 0.66 of Fig. 9 (ours 0.5998
# paper-notes.md, micro versus macro: the macroscopic side
paper-notes.md | solve-case1 | Jp | | 10 | 0.4 s | −0.542 ± 0.013 | −1.1923
paper-notes.md | solve-case1 | Jp | | 40 | 11.0 s | −0.863 ± 0.008 | −1.1923
paper-notes.md | solve-case1 | Tmax | | 0 | — | 0.8401
paper-notes.md | solve-case1 | x_Tmax | | 0 | — | 0.8401 (0
paper-notes.md | solve-default | Jp | | 40 | 10.4 s | −1.919 ± 0.016 | −3.2733
paper-notes.md | solve-default | Je | | −0.592 ± 0.009 | −0.8501
paper-notes.md | solve-default | Tmax | (−0.65) | 0.5263
paper-notes.md | solve-default | x_Tmax | (−0.65) | 0.5263 (−0.713
paper-notes.md | solve-default | x_Tmax | −0.55 → −0.65, macro −0.713
paper-notes.md | @figures/ours-case1.out | Jp | (case 1, J^p = −1.212
paper-notes.md | @figures/ours-case2.out | Jp | (case 2, J^p = −3.354
paper-notes.md | @figures/ours-case2.out | Je | (case 2, J^e = −0.961
# paper-notes.md and rotors.nw: (2.30) with our coefficients and the error
# their covariance gives (rotors solve, as the figure scaling prints it)
paper-notes.md | @figures/ours-case1.out | Jp | | case 1, J^p | −1.212
paper-notes.md | @figures/ours-case1.out | Jp_err_coeffs | | case 1, J^p | −1.212 ± 0.035
paper-notes.md | @figures/ours-case2.out | Jp | | case 2, J^p | −3.354
paper-notes.md | @figures/ours-case2.out | Jp_err_coeffs | | case 2, J^p | −3.354 ± 0.134
paper-notes.md | @figures/ours-case2.out | Je | | case 2, J^e | −0.961
paper-notes.md | @figures/ours-case2.out | Je_err_coeffs | | case 2, J^e | −0.961 ± 0.073
rotors.nw | @figures/ours-case1.out | Jp | it gives $J^p=-1.212
rotors.nw | @figures/ours-case1.out | Jp_err_coeffs | it gives $J^p=-1.212\pm0.035
rotors.nw | @figures/ours-case2.out | Jp | $J^p=-3.354
rotors.nw | @figures/ours-case2.out | Jp_err_coeffs | $J^p=-3.354\pm0.134
rotors.nw | @figures/ours-case2.out | Je | $J^e=-0.961
rotors.nw | @figures/ours-case2.out | Je_err_coeffs | $J^e=-0.961\pm0.073
rotors.nw | @figures/ours-case1.out | Jp_err_coeffs | case 1, $J^p$ & $-1.212\pm0.035
rotors.nw | @figures/ours-case2.out | Jp_err_coeffs | case 2, $J^p$ & $-3.354\pm0.134
rotors.nw | @figures/ours-case2.out | Je_err_coeffs | case 2, $J^e$ & $-0.961\pm0.073
# paper-notes.md, paper says / we get
paper-notes.md | coeffs-T1 | kappa@1 | | 0.5760000000000001
paper-notes.md | coeffs-T1 | kappa@1 | (= a2 + b2 + c2 = 0.576
paper-notes.md | coeffs-T03 | kappa@0.3 | | 31.358024691358022
paper-notes.md | coeffs-T1 | Kpp@1 | | — | 0.3438101678330916
paper-notes.md | coeffs-range | Kee@0.5 | | — | 1.304
paper-notes.md | coeffs-range | Kpp@0.5 | | — | 2.059037863469012
paper-notes.md | fig1-numbers | fig1_x_Tmax | | exact | x_max = 0.5047600
paper-notes.md | fig1-numbers | fig1_x_Tmax_from_x_R | (1 + x_R)/2 = 0.5047596
paper-notes.md | fig1-numbers | fig1_max_asymmetry | on [x_R, 1]: 2.4e-6
paper-notes.md | fig5-numbers | fig5_top_pR_black_triangle | | ≈ 0.7 | 0.69323
paper-notes.md | fig5-numbers | fig5_bottom_pR_black_triangle | | ≈ −0.2 | −0.18380
paper-notes.md | fig5-numbers | fig5_bottom_pR_up_triangle | | [−0.57777
paper-notes.md | fig5-numbers | fig5_bottom_pR_down_triangle | | [−0.57777, 0.57777
paper-notes.md | fig7-numbers | fig7_left_negative_conductivity_pR_min | | ≈ 1.5 | 1.4980
paper-notes.md | fig7-numbers | fig7_left_negative_conductivity_pR_min_at_TR | of the zero of ∂J^e/∂T_R, at T_R = 0.5
paper-notes.md | fig7-numbers | fig7_left_negative_conductivity_pR_at_TR_0.3 | at T_R = 0.5; 1.532
paper-notes.md | fig7-numbers | fig7_left_negative_conductivity_pR_max | at T_R = 0.3, 1.756
paper-notes.md | fig7-numbers | fig7_right_negative_conductivity_pR_min | | ≈ 0.6 | 0.5866 (at
paper-notes.md | fig7-numbers | fig7_right_negative_conductivity_pR_min_at_TR | | ≈ 0.6 | 0.5866 (at T_R ≈ 0.6
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_min | normal conductivity for \|p_R\| below | ≈ 0.6 | 0.5866
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_at_TR_0.3 | | ≈ 0.66 | 0.6635
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_max | only above 0.6866
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_min | non-monotone for p_R ∈ (0.5866
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_max | non-monotone for p_R ∈ (0.5866, 0.6866
paper-notes.md | fig12-numbers | fig12_negative_response_lower_pR_max | | [−0.7638
paper-notes.md | fig12-numbers | fig12_negative_response_upper_pR_min | | [−0.7638, 0.1645
paper-notes.md | fig12-numbers | fig12_negative_response_lower_pR_min | ; [−0.8837
paper-notes.md | fig12-numbers | fig12_negative_response_upper_pR_max | ; [−0.8837, 0.6774
paper-notes.md | fig4-numbers | fig4_right_isoline_max_distance | Fig 4 right 0.0082
paper-notes.md | fig6-numbers | fig6_left_isoline_max_distance | Fig 6 left 0.0041
paper-notes.md | fig6-numbers | fig6_right_isoline_max_distance | Fig 6 left 0.0041, right 0.0082
paper-notes.md | fig7-numbers | fig7_left_isoline_max_distance | Fig 7 left 0.0158
paper-notes.md | fig8-numbers | fig8_top_right_isoline_max_distance | Fig 8 top right 0.0004
paper-notes.md | fig8-numbers | fig8_bottom_left_isoline_max_distance | bottom left 0.0084
paper-notes.md | solve-symmetric | x_Tmax | x_Tmax = 0
paper-notes.md | solve-symmetric | x_inflection_2 | inflections at ±0.35155
paper-notes.md | check-2.41 | ~T* = | T_ss(0) → T* = 0.8401148507
paper-notes.md | solve-default | Sigma_2_34 | | yes | Σ = 9.7776
paper-notes.md | check-sigma | ~(2.35) | difference 6.0e-4
paper-notes.md | check-sigma | ~(2.35)~2 | difference 6.0e-4, 1.5e-4
paper-notes.md | solve-inflect-0 | inflections | between p_R = 0.625 and 0.630 (`inflections` = 0
paper-notes.md | solve-inflect-2 | inflections | between p_R = 0.625 and 0.630 (`inflections` = 0 → 2
paper-notes.md | fig11-numbers | fig11_pR_0.1_dTdx_left_at_TR_0.3 | p_R = 0.1: 0.00208
paper-notes.md | fig11-numbers | fig11_pR_0.1_dTdx_left_at_TR_1 | p_R = 0.1: 0.00208 → 0.0574
paper-notes.md | fig11-numbers | fig11_pR_0.6_dTdx_left_at_TR_0.3 | 0.6: 0.0575
paper-notes.md | fig11-numbers | fig11_pR_0.6_dTdx_left_at_TR_1 | 0.6: 0.0575 → 0.0605
paper-notes.md | fig11-numbers | fig11_pR_0.7_dTdx_left_at_TR_0.3 | 0.7: 0.0715
paper-notes.md | fig11-numbers | fig11_pR_0.7_dTdx_left_at_TR_1 | 0.7: 0.0715 → 0.0615
paper-notes.md | fig11-numbers | fig11_pR_0.8_dTdx_left_at_TR_0.3 | 0.8: 0.0846
paper-notes.md | fig11-numbers | fig11_pR_0.8_dTdx_left_at_TR_1 | 0.8: 0.0846 → 0.0625
paper-notes.md | fig10-numbers | fig10_bottom_dTdx_left_at_TR_0.3 | 2: 0.1378
paper-notes.md | fig10-numbers | fig10_bottom_dTdx_left_at_TR_1 | 2: 0.1378 → 0.0718
paper-notes.md | fig9-numbers | fig9_dJe_dTR_zero_pR_at_TR_0.3 | changes sign at p_R = 0.6635
# rotors.nw (Part I, outside the section on the reproduced figures)
rotors.nw | coeffs-T1 | kappa@1 | $\kappa(1)=a_2+b_2+c_2=0.576
rotors.nw | coeffs-T03 | kappa@0.3 | $\kappa(0.3)=31.358
rotors.nw | coeffs-T1 | Dp@1 | 0.34381
rotors.nw | coeffs-range | Kpp@0.3 | 0.3 & 7.90057
rotors.nw | coeffs-range | Kee@0.3 | 0.3 & 7.90057 & 2.82222
rotors.nw | coeffs-range | Dp@0.3 | 0.3 & 7.90057 & 2.82222 & 26.3352
rotors.nw | coeffs-range | kappa@0.3 | 0.3 & 7.90057 & 2.82222 & 26.3352 & 31.3580
rotors.nw | coeffs-range | Kpp@0.5 | 0.5 & 2.05904
rotors.nw | coeffs-range | Kee@0.5 | 0.5 & 2.05904 & 1.30400
rotors.nw | coeffs-range | Dp@0.5 | 0.5 & 2.05904 & 1.30400 & 4.11808
rotors.nw | coeffs-range | kappa@0.5 | 0.5 & 2.05904 & 1.30400 & 4.11808 & 5.21600
rotors.nw | coeffs-range | Kpp@1 | 1.0 & 0.34381
rotors.nw | coeffs-range | Kee@1 | 1.0 & 0.34381 & 0.57600
rotors.nw | coeffs-range | Dp@1 | 1.0 & 0.34381 & 0.57600 & 0.34381
rotors.nw | coeffs-range | kappa@1 | 1.0 & 0.34381 & 0.57600 & 0.34381 & 0.57600
rotors.nw | coeffs-range | Kpp@1.5 | 1.5 & 0.21115
rotors.nw | coeffs-range | Kee@1.5 | 1.5 & 0.21115 & 0.41156
rotors.nw | coeffs-range | Dp@1.5 | 1.5 & 0.21115 & 0.41156 & 0.14077
rotors.nw | coeffs-range | kappa@1.5 | 1.5 & 0.21115 & 0.41156 & 0.14077 & 0.18291
rotors.nw | coeffs-range | dDp_dT@0.3 | well ($-303.7
rotors.nw | coeffs-range | dDp_dT@1.5 | $-0.172
rotors.nw | check-dp0 | ~errors | is $5.38\times10^{-5}
rotors.nw | check-dp0 | ~errors~2 | is $5.38\times10^{-5}$, $1.35\times10^{-5}
rotors.nw | check-dp0 | ~errors~3 | $1.35\times10^{-5}$, $3.36\times10^{-6}
rotors.nw | check-2.41 | ~errors | against (2.41) in a symmetric case is $2.12\times10^{-5}
rotors.nw | check-2.41 | ~errors~2 | $5.30\times10^{-6}
rotors.nw | check-2.41 | ~errors~3 | $5.30\times10^{-6}$, $1.32\times10^{-6}
rotors.nw | check-2.41 | ~: order | give the order $\log_2 4 = 2.000
rotors.nw | solve-default | Jp_error_estimate | in the default case is $4.3\times10^{-6}
rotors.nw | solve-default | Jp | J^p = -3.2733413189001554
rotors.nw | solve-default | Je | J^e = -0.8501486166871149
rotors.nw | solve-dx1e-5 | Jp | $J^p=-3.2733370454
rotors.nw | solve-default | Jp | gives $-3.2733413189
rotors.nw | solve-default | Jp_error_estimate | gives $-3.2733413189+0.0000042736
rotors.nw | fixed-TT05-pR2 | iterations | $1-18/5366
rotors.nw | fixed-diverges | ~iteration | diverges at iteration 185
rotors.nw | fixed-diverges | ~T = | (the mixed temperature is $-2.5\times10^{-4}
rotors.nw | fixed-diverges | ~x = | $x=0.746
rotors.nw | solve-hard | iterations | and Newton solves the same problem in 7
rotors.nw | solve-hard | Jp | $J^p=J^e=-4.32078
rotors.nw | solve-fixed | iterations | default case the fixed point converges in 327
rotors.nw | solve-fixed | Jp | $J^p=-3.2733333
rotors.nw | solve-fixed | Je | $J^p=-3.2733333$, $J^e=-0.8501438
rotors.nw | solve-fixed | mismatch_p | with right-end mismatches $-1.6\times10^{-6}
rotors.nw | solve-fixed | mismatch_T | $3.7\times10^{-7}
rotors.nw | solve-default | Jp | $J^m$ runs from $0$ at the left end to $J^p=-3.273
rotors.nw | solve-default | Je | temperature maximum, while the total $J^e=-0.850
rotors.nw | solve-default | Je | and $\frac43(-0.8501
rotors.nw | solve-default | Jp | exceeds $\frac{10}3(-3.2733
rotors.nw | solve-default | Sigma_2_34 | by $\Sigma = 9.7776
rotors.nw | solve-default | Sigma_2_34 | empty.  In the default case (2.34) gives $9.7776062
rotors.nw | solve-default | Sigma_2_35 | $9.7775821
rotors.nw | check-sigma | ~(2.35) | [[solver-sigma-2.34-vs-2.35]] finds $6.0\times10^{-4}
rotors.nw | check-sigma | ~(2.35)~2 | $1.5\times10^{-4}
rotors.nw | check-sigma | ~ratio | $\Delta x=0.01$, $0.005$, a ratio of $3.99
rotors.nw | fig1-numbers | fig1_max_asymmetry | construction to $2.4\times10^{-6}
rotors.nw | solve-default | Tmax | default case the maximum is $T_{\max} = 0.5263324
rotors.nw | solve-default | x_Tmax | $x=-0.71296581$, on the hot (left) side
rotors.nw | solve-default | x_stat_2_36 | point at $x=-0.71296581
rotors.nw | solve-default | x_inflection_1 | default case has one, at $x=-0.2128
rotors.nw | check-2.41 | ~T* = | its root is $T_{\rm ss}(0)=0.8401148507
rotors.nw | solve-symmetric | x_inflection_2 | the same case has two inflection points, at $\pm0.35155
rotors.nw | solve-default | dTdx_left | which is (2.45).  In the default case $5.216\times0.162989
rotors.nw | solve-default | dTdx_left | $0\le0.163
rotors.nw | solve-default | dTdx_right | $0\ge-0.0773
rotors.nw | solve-default | Je | (-0.2)(-0.8501
rotors.nw | solve-default | dJe_dTR | 1.4773
rotors.nw | solve-default | dJe_dTL | $\partial J^e/\partial T_L = 6.372
rotors.nw | solve-default | dJp_dTL | $\partial J^p/\partial T_L = 8.572
rotors.nw | solve-default | dJp_dTR | $\partial J^p/\partial T_R = 20.695
rotors.nw | solve-default | dJp_dpR | -\partial J^p/\partial p_L = -0.3013
rotors.nw | solve-case1 | Jp | $T_L=T_R=0.5$, $p_L=-1$, $p_R=1$, where (2.30) has $J^p=-1.1923
rotors.nw | solve-case1 | Tmax | a temperature maximum $T^*=0.8401
rotors.nw | solve-case1 | x_Tmax | a temperature maximum $T^*=0.8401$ at $x=0
rotors.nw | solve-default | Jp | where $J^p=-3.2733
rotors.nw | solve-default | Je | where $J^p=-3.2733$, $J^e=-0.8501
rotors.nw | solve-default | Tmax | $J^e=-0.8501$ and $T_{\max}=0.5263
rotors.nw | solve-case1 | Jp | (2.30) & $-1.1923
rotors.nw | solve-default | Jp | (2.30) & $-1.1923$ & $0$ & $-3.2733
rotors.nw | solve-default | Je | (2.30) & $-1.1923$ & $0$ & $-3.2733$ & $-0.8501
rotors.nw | check-energy-drift | ~t <= 40: | relative errors of about $2.6\times10^{-7}
rotors.nw | check-energy-drift | ~t <= 40:~2 | relative errors of about $2.6\times10^{-7}$, $1.1\times10^{-6}
rotors.nw | check-energy-drift | ~t <= 40:~3 | $3.9\times10^{-6}
rotors.nw | check-energy-drift | ~order | and an order of $1.96
rotors.nw | check-ou | ~exact | and the exact value is $0.50002
rotors.nw | check-ou | ~sequence: | a build prints $0.49399
rotors.nw | check-ou | ~+- | a build prints $0.49399\pm0.01075
rotors.nw | check-ou | ~exact~2 | 0.6 standard errors away
rotors.nw | check-dp0 | ~/2 = | = 1.3406419753
rotors.nw | fit-golden | corr_a2_b2 | we get $\rho_{a_2b_2}=-0.98
rotors.nw | fit-golden | corr_a2_c2 | $\rho_{a_2c_2}=0.96
rotors.nw | fit-golden | corr_b2_c2 | $\rho_{b_2c_2}=-0.995
rotors.nw | fixed-TT05-pR2 | iterations | two where it needs thousands (5366
rotors.nw | fixed-TL03-TR1-pR3 | iterations | two where it needs thousands (5366 and 6482
rotors.nw | solve-case1 | Sigma_2_34 | against $\Sigma=4.77
rotors.nw | coeffs-range | Dp@0.5 | ($4.12
rotors.nw | coeffs-range | Dp@0.6 | ($4.12$ at $T=0.5$, $2.05
rotors.nw | coeffs-range | Dp@0.8 | at $0.6$, $0.70
rotors.nw | coeffs-T1 | Dp@1 | $0.34$ (at
EOF
}

main
