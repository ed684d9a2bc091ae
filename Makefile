# rotors -- see README.md.  `make` needs only a C compiler: it builds the
# committed rotors.c.  `make tangle`, `make check-tangle` and `make pdf` need
# noweb (and pdflatex for the PDF).

CC      ?= cc
CFLAGS  ?= -O2
# The one documented build command is: cc -O2 -pthread -o rotors rotors.c -lm
ROTORS_CFLAGS = $(CFLAGS) -pthread
LDLIBS  = -lm

all: rotors

rotors: rotors.c
	$(CC) $(ROTORS_CFLAGS) -o $@ rotors.c $(LDLIBS)

# Regenerate rotors.c from the literate source, without #line directives
# (so that editing prose does not change rotors.c).
# rotors.c is replaced only if its text changes, so that an edit of the prose
# does not rebuild the program and, through it, the figures of the PDF.
tangle:
	notangle -Rrotors.c rotors.nw > rotors.c.tmp
	@if cmp -s rotors.c.tmp rotors.c; then rm -f rotors.c.tmp; else mv rotors.c.tmp rotors.c; echo "rotors.c updated"; fi

check-tangle:
	@notangle -Rrotors.c rotors.nw > rotors.c.check || { rm -f rotors.c.check; exit 1; }
	@if cmp -s rotors.c.check rotors.c; then rm -f rotors.c.check; echo "rotors.c is up to date with rotors.nw"; \
	 else rm -f rotors.c.check; echo "rotors.c is stale: it differs from 'notangle -Rrotors.c rotors.nw'; run 'make tangle' and commit" >&2; exit 1; fi

# Weave and typeset; pdflatex runs until the cross-references settle.
pdf: rotors.pdf

rotors.pdf: rotors.nw figures/fig13.pdf
	noweave -delay -index rotors.nw > rotors.tex
	@for i in 1 2 3 4 5; do \
	  pdflatex -interaction=nonstopmode -halt-on-error rotors.tex > rotors.pdflatex.log 2>&1 \
	    || { tail -n 30 rotors.pdflatex.log; exit 1; }; \
	  grep -q 'Rerun to get\|Label(s) may have changed\|noweb: Rerun' rotors.log || break; \
	done
	@echo "wrote rotors.pdf ($$(sed -n 's/.*Output written on rotors.pdf (\([0-9]*\) pages.*/\1/p' rotors.log) pages)"

figures/fig13.pdf: rotors
	./rotors fig fast out=figures threads=2

test: rotors
	./tests.sh

bench: rotors
	./rotors bench

# The paper's figures 1-13 and the micro-vs-macro figure: SVG, PDF
# and TSV data in figures/.  `make fig4` makes one.
# Figure 2 runs the Green-Kubo simulations (about 7 minutes on 2 cores); the
# others take about 20 s.  `make figures COEFFS=ours` redraws Figures 1, 3-13
# with the coefficients fitted in Figure 2 instead of the paper's.
FIGURES = 1 2 3 4 5 6 7 8 9 10 11 12 13
ifeq ($(COEFFS),ours)
COEFFS_KEY = coeffs=figures/fig2_Kpp_fit.tsv,figures/fig2_Kee_fit.tsv
endif
figures: rotors
	@if [ -z "$(COEFFS_KEY)" ] || [ ! -f figures/fig2_Kpp_fit.tsv ] || [ ! -f figures/fig2_Kee_fit.tsv ]; then \
	  ./rotors fig 2 out=figures threads=2; fi
	./rotors fig fast out=figures threads=2 $(COEFFS_KEY)

# Figures 1 and 3-13 only (no simulations): about 20 s.
figures-fast: rotors
	./rotors fig fast out=figures threads=2 $(COEFFS_KEY)

# The microscopic chain against the macroscopic profiles (part of figures-fast).
fig-micro: rotors
	./rotors fig micro out=figures threads=2

fig2: rotors
	./rotors fig 2 out=figures threads=2

$(addprefix fig,$(filter-out 2,$(FIGURES))): fig%: rotors
	./rotors fig $* out=figures threads=2 $(COEFFS_KEY)

# The literate shape of rotors.nw: number of code chunks, median and largest
# chunk (code lines), and prose lines (non-blank documentation, without
# "@ %def" index lines) against code lines.  Goals (issue 8): median <= 12,
# none over 40, prose/code >= 1.
stats:
	@awk '/^<<.*>>=[ \t]*$$/ { if (c) z[++m] = n; c = 1; n = 0; next } \
	     /^@( |$$)/ { if (c) z[++m] = n; c = 0; if ($$0 != "@" && $$0 !~ /^@ %def/) p++; next } \
	     { if (c) { n++; k++ } else if ($$0 !~ /^[ \t]*$$/) p++ } \
	     END { if (c) z[++m] = n; for (i = 2; i <= m; i++) for (j = i; j > 1 && z[j-1] > z[j]; j--) { t = z[j]; z[j] = z[j-1]; z[j-1] = t } \
	           for (i = 1; i <= m; i++) if (z[i] > 40) big++; \
	           printf "chunks %d; chunk lines: median %g, largest %d, over 40: %d\n", m, (m % 2 ? z[(m+1)/2] : (z[m/2] + z[m/2+1]) / 2), z[m], big; \
	           printf "prose lines %d, code lines %d, prose/code %.2f\n", p, k, p / k }' rotors.nw

clean:
	rm -f rotors rotors.c.tmp rotors.c.check rotors.tex rotors.aux rotors.log rotors.toc \
	      rotors.out rotors.pdf rotors.pdflatex.log
	rm -rf figures

.PHONY: all tangle check-tangle pdf test bench stats figures figures-fast fig-micro fig2 clean $(addprefix fig,$(FIGURES))
