# oasguard build, test and benchmark targets.
GO       ?= go
BIN      ?= bin/oasguard
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.buildVersion=$(VERSION)
FUZZTIME ?= 15s
BENCHTIME ?= 3x

.PHONY: all build test test-race lint vet docs bench fuzz clean showcase

all: build

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/oasguard

## test: vet and gofmt; every Go test under the race detector (rule metadata, examples, Rego
## unit tests, golden outputs, loader, CLI); the real-world corpus tests (they skip when
## ../shared/corpus is absent) without it, since the detector slows them tenfold; short fuzz runs.
test: lint
	$(GO) test -race -short -timeout 20m ./...
	$(GO) test -run 'Corpus' -timeout 20m ./pkg/engine/ ./pkg/validate/
	$(MAKE) fuzz

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

## fuzz: each fuzz target for FUZZTIME.
fuzz:
	@for pkg in ./pkg/loader/ ./pkg/engine/; do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

showcase: build
	./$(BIN) scan specs-examples/showcase/insecure-api.yaml || true

clean:
	rm -rf bin
