# oasguard build, test and benchmark targets.
GO       ?= go
BIN      ?= bin/oasguard
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.buildVersion=$(VERSION)
FUZZTIME ?= 15s
BENCHTIME ?= 3x

.PHONY: all build test test-short test-race lint vet docs bench fuzz clean showcase pgo signal

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/oasguard

## test: vet and gofmt; every Go test under the race detector (rule metadata, examples, Rego
## unit tests, golden outputs, loader, CLI); the real-world corpus tests (they skip when
## ../shared/corpus is absent) without it, since the detector slows them tenfold; short fuzz runs.
## (-pgo=off: the profile in cmd/oasguard/default.pgo speeds up the binary, not the tests, and would
## compile every dependency a second time.)
test: lint
	$(GO) test -pgo=off -race -short -timeout 20m ./...
	@if [ -f ../shared/corpus/INDEX.tsv ]; then \
		$(GO) test -pgo=off -run 'Corpus' -timeout 20m ./pkg/engine/ ./pkg/validate/ ./pkg/loader/; \
	else \
		echo "corpus tests: skipped: ../shared/corpus not found"; \
	fi
	$(MAKE) fuzz

## test-short: the quick check while editing: every test in -short mode, without the race
## detector, the corpus or fuzzing (well under a minute once the build cache is warm).
test-short:
	$(GO) test -pgo=off -short -timeout 10m ./...

lint: vet
	@out=$$(gofmt -l cmd pkg rules); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## docs: regenerate docs/rules.md from the rules' METADATA.
docs:
	$(GO) run ./cmd/oasguard rules list --format markdown > docs/rules.md

## bench: parse-only and full-scan benchmarks, small to largest specs, and the whole corpus.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) -timeout 60m ./pkg/engine/

## pgo: refresh cmd/oasguard/default.pgo, the CPU profile that `go build` optimizes the binary with
## (profile-guided optimization, about 5 % less CPU), from scans of the bundled examples and, when
## present, of ../shared/corpus and its two largest specs.
CORPUS ?= ../shared/corpus
pgo:
	@tmp=$$(mktemp -d); \
	$(GO) build -pgo=off -o $$tmp/oasguard ./cmd/oasguard || exit 1; \
	for i in 1 2 3 4 5; do \
		$$tmp/oasguard --cpu-profile $$tmp/examples$$i.prof scan -f json -o /dev/null --fail-on none specs-examples; \
	done; \
	if [ -f $(CORPUS)/INDEX.tsv ]; then \
		(cd $(CORPUS) && $$tmp/oasguard --cpu-profile $$tmp/corpus.prof scan --ref-root . -f json -o /dev/null \
			--fail-on none $$(tail -n +2 INDEX.tsv | cut -f1)); \
		for s in stripe-openapi/openapi/spec3.json openai-openapi/openapi.yaml; do \
			$$tmp/oasguard --cpu-profile $$tmp/$$(basename $$s).prof scan -f json -o /dev/null --fail-on none $(CORPUS)/$$s; \
		done; \
	fi; \
	$(GO) tool pprof -proto $$tmp/*.prof > cmd/oasguard/default.pgo && rm -rf $$tmp

## fuzz: each fuzz target for FUZZTIME.
fuzz:
	@for pkg in ./pkg/loader/ ./pkg/engine/ ./pkg/output/; do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

## signal: how much of a default scan of ../shared/corpus is worth a reviewer's time (issue 12):
## findings per operation (median over specs), high+critical per 100 operations, rules reported on
## >= 90 % of a spec's operations, findings sharing their node with another rule's. Skips without
## the corpus. RULESET=all measures every rule; SIGNAL_REPORT=FILE measures an existing JSON report.
RULESET ?= recommended
signal:
	@if [ -n "$(SIGNAL_REPORT)" ]; then \
		OASGUARD_SIGNAL_REPORT=$(abspath $(SIGNAL_REPORT)) $(GO) test -pgo=off -count=1 -v -run '^TestSignalReport$$' ./pkg/report/ | grep -Ev '^(ok|PASS|=== RUN|--- PASS)'; \
	elif [ ! -f $(CORPUS)/INDEX.tsv ]; then echo "signal: $(CORPUS) is absent, skipped"; else \
		tmp=$$(mktemp -d); \
		$(GO) build -pgo=off -o $$tmp/oasguard ./cmd/oasguard || exit 1; \
		(cd $(CORPUS) && $$tmp/oasguard scan --ruleset $(RULESET) --ref-root . -f json -o $$tmp/report.json \
			--fail-on none $$(tail -n +2 INDEX.tsv | cut -f1)) || exit 1; \
		OASGUARD_SIGNAL_REPORT=$$tmp/report.json $(GO) test -pgo=off -count=1 -v -run '^TestSignalReport$$' ./pkg/report/ | grep -Ev '^(ok|PASS|=== RUN|--- PASS)'; \
		rm -rf $$tmp; \
	fi

showcase: build
	./$(BIN) scan specs-examples/showcase/insecure-api.yaml || true

clean:
	rm -rf bin
