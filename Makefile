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

# The book.  rotors.tex is woven with noweb's own pipeline plus one filter
# of ours (book/nouses.awk: a use inside a C string or comment is not a
# use); book/errata.tex comes from paper-notes.md and book/fig2-fit.tex from
# what `rotors fig 2` printed, book/gk-bench.tex from `rotors bench what=gk`
# (section "How the book is built").  The PDF
# shows every figure of the paper, so it runs Figure 2's simulations
# (about 70 s on a 2-core x86-64) the first time; pdflatex runs
# until the cross-references settle.
NOWEB_LIB = $(shell sed -n 's/^LIB=//p' "$$(command -v noweave)" 2>/dev/null || echo /usr/lib/noweb)
BOOK_AWK  = book/nouses.awk book/errata.awk book/fig2table.awk book/gkbench.awk

pdf: rotors.pdf

$(BOOK_AWK): rotors.nw
	@mkdir -p book
	notangle -R$(notdir $@) rotors.nw > $@.tmp && mv $@.tmp $@

rotors.tex: rotors.nw book/nouses.awk
	$(NOWEB_LIB)/markup rotors.nw | $(NOWEB_LIB)/finduses | awk -f book/nouses.awk \
	  | $(NOWEB_LIB)/noidx -delay | $(NOWEB_LIB)/totex -delay > $@.tmp && mv $@.tmp $@

book/errata.tex: paper-notes.md book/errata.awk
	LC_ALL=C awk -f book/errata.awk paper-notes.md > $@.tmp && mv $@.tmp $@

book/fig2-fit.tex: figures/fig2.out book/fig2table.awk
	awk -f book/fig2table.awk figures/fig2.out > $@.tmp && mv $@.tmp $@

# The window and local Green-Kubo estimators side by side (about 3 CPU minutes)
book/gk-bench.out: rotors
	@mkdir -p book
	./rotors bench what=gk > $@.tmp && mv $@.tmp $@

book/gk-bench.tex: book/gk-bench.out book/gkbench.awk
	awk -f book/gkbench.awk book/gk-bench.out > $@.tmp && mv $@.tmp $@

rotors.pdf: rotors.tex book/errata.tex book/fig2-fit.tex book/gk-bench.tex figures/fig2.out figures/fig13.pdf figures/ours.out
	@for i in 1 2 3 4 5; do \
	  pdflatex -interaction=nonstopmode -halt-on-error rotors.tex > rotors.pdflatex.log 2>&1 \
	    || { tail -n 30 rotors.pdflatex.log; exit 1; }; \
	  grep -q 'Rerun to get\|Label(s) may have changed\|noweb: Rerun' rotors.log || break; \
	done
	@echo "wrote rotors.pdf ($$(sed -n 's/.*Output written on rotors.pdf (\([0-9]*\) pages.*/\1/p' rotors.log) pages)"

figures/fig13.pdf: rotors
	./rotors fig fast out=figures threads=2

# Figure 2 and what it printed (the fit beside the paper's), kept for the book.
figures/fig2.out: rotors
	@mkdir -p figures
	./rotors fig 2 out=figures threads=2 > figures/fig2.out.tmp && mv figures/fig2.out.tmp figures/fig2.out
	@cat figures/fig2.out

test: rotors
	./tests.sh

bench: rotors
	./rotors bench

# The window and local Green-Kubo estimators side by side (about 3 CPU minutes)
bench-gk: rotors
	./rotors bench what=gk

# The paper's figures 1-13 and the micro-vs-macro figure: SVG, PDF
# and TSV data in figures/.  `make fig4` makes one.
# Figure 2 runs the Green-Kubo simulations (about 70 s on a 2-core
# x86-64); the others take about 16 s.  `make figures COEFFS=ours` redraws Figures 1, 3-13
# with the coefficients fitted in Figure 2 instead of the paper's.
FIGURES = 1 2 3 4 5 6 7 8 9 10 11 12 13
ifeq ($(COEFFS),ours)
COEFFS_KEY = coeffs=figures/fig2_Kpp_fit.tsv,figures/fig2_Kee_fit.tsv
endif
figures: figures/fig2.out
	./rotors fig fast out=figures threads=2 $(COEFFS_KEY)

# Figures 1 and 3-13 only (no simulations): about 20 s.
figures-fast: rotors
	./rotors fig fast out=figures threads=2 $(COEFFS_KEY)

# The microscopic chain (N = 50, 101 rotors) against the macroscopic
# profiles and the bulk comparison (part of figures-fast); for the large
# chain, ./rotors fig micro Nmicro=200 out=figures (minutes).
fig-micro: rotors
	./rotors fig micro out=figures threads=2 $(COEFFS_KEY)

# N<j^p> against 1/N at N = 25, 50, 100, 200 with two finite-size laws
# fitted (about 4 minutes on a 2-core x86-64); not part of `make figures`.
# With COEFFS=ours (after make fig2) it also draws (2.30) with the
# coefficients of Figure 2 and the band of their error.
fig-scaling: rotors
	./rotors fig scaling out=figures threads=2 $(COEFFS_KEY)

# What paper-notes.md quotes of the coefficients fitted in Figure 2 (tests.sh
# checks the quotes against these files): kappa, the numbers of Figures 5, 7
# and 9, and the currents of the two open-chain cases, with our coefficients
# (a few seconds; ours-case1.out and ours-case2.out are written with it).
OURS = coeffs=figures/fig2_Kpp_fit.tsv,figures/fig2_Kee_fit.tsv
figures/ours.out: figures/fig2.out
	{ ./rotors fig 5 write=none $(OURS) && ./rotors fig 7 write=none grid=11 $(OURS) \
	  && ./rotors fig 9 write=none $(OURS) && ./rotors coeffs T=0.3:1:0.7 $(OURS); } > $@.tmp
	./rotors solve TL=0.5 TR=0.5 pL=-1 pR=1 profile=no $(OURS) > figures/ours-case1.out.tmp
	./rotors solve TL=0.5 TR=0.3 pL=0 pR=1 profile=no $(OURS) > figures/ours-case2.out.tmp
	mv figures/ours-case1.out.tmp figures/ours-case1.out
	mv figures/ours-case2.out.tmp figures/ours-case2.out
	mv $@.tmp $@

fig2: rotors
	./rotors fig 2 out=figures threads=2 > figures/fig2.out.tmp && mv figures/fig2.out.tmp figures/fig2.out
	@cat figures/fig2.out

# Figure 2 at the paper's precision: every number of realizations multiplied
# by GKSCALE, with the estimator GKEST (local or window; 16 and local bring
# each point to <= 3 % on [0.5, 1.5] and <= 6 % below; see paper-notes.md for
# the run, its time and its fit).  Written to figures-precise/, apart from the
# quick default that the book uses.
GKSCALE ?= 16
GKEST ?= local
fig2-precise: rotors
	@mkdir -p figures-precise
	./rotors fig 2 gkscale=$(GKSCALE) gkest=$(GKEST) out=figures-precise threads=2 > figures-precise/fig2.out.tmp \
	  && mv figures-precise/fig2.out.tmp figures-precise/fig2.out
	@cat figures-precise/fig2.out

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
	rm -f rotors rotors.c.tmp rotors.c.check rotors.tex rotors.tex.tmp rotors.aux rotors.log \
	      rotors.toc rotors.out rotors.pdf rotors.pdflatex.log
	rm -rf figures figures-precise book

.PHONY: all tangle check-tangle pdf test bench bench-gk stats figures figures-fast fig-micro fig-scaling fig2 fig2-precise clean $(addprefix fig,$(FIGURES))
