# Pustaka: every set-up step a fresh Debian machine needs lives here (run as root).
SWIFT ?= swift
SHELL := /bin/bash
APT_INSTALL = apt-get install -y --no-install-recommends

.PHONY: report test build release deps test-deps lint clean fuzz fuzz-build test-sanitized

## deps: libxlsxwriter-dev (and pkg-config) when the C library is missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists xlsxwriter; then \
	  echo "Installing libxlsxwriter-dev with apt-get..."; \
	  apt-get update && $(APT_INSTALL) libxlsxwriter-dev pkg-config; \
	fi

## test-deps: what the tests use besides the build: LibreOffice Calc (the second spreadsheet
## client that recalculates our workbooks), its fonts, the Indonesian locale definitions,
## chattr (read-only folders even for root), systemd-analyze (checks the shipped units) and
## xmllint (checks every part of a written workbook is well-formed XML).
test-deps:
	@missing=""; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-calc-nogui"; \
	[ -d /usr/share/fonts/truetype/crosextra ] || missing="$$missing fonts-crosextra-carlito fonts-crosextra-caladea"; \
	[ -f /usr/share/i18n/locales/id_ID ] || missing="$$missing locales"; \
	command -v chattr >/dev/null 2>&1 || missing="$$missing e2fsprogs"; \
	command -v systemd-analyze >/dev/null 2>&1 || missing="$$missing systemd"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing libxml2-utils"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing with apt-get..."; \
	  apt-get update && $(APT_INSTALL) $$missing; \
	fi

## report: the monthly run on the committed Ngawi samples (release build), into reports/.
report: release
	.build/release/pustaka run --data samples/ngawi --out reports
	@echo "Reports written to $(CURDIR)/reports/ngawi/ (open Rekap-Ngawi-*.xlsx first)."

## release: optimised build of the tool.
release: deps
	$(SWIFT) build -c release --product pustaka

## build: debug build of the tool and its tests.
build: deps
	$(SWIFT) build --build-tests

## lint: the house style's formatter rules (Fuzz/Sources holds links to Sources: only the
## harnesses are named).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Fuzz/Package.swift \
	  $(wildcard Fuzz/Sources/Fuzz*)

## test: build everything, check the style, run the whole suite.
test: build test-deps lint
	$(SWIFT) test --skip-build

## fuzz: the libFuzzer harnesses of Fuzz/ (see Fuzz/README.md), one target after another,
## FUZZ_SECONDS each: one fuzzing process at a time (-fork=1, the machine has two cores), which
## goes on after a crash so that every target gets its whole time. Seeds come from
## Fuzz/Corpus/<target>; new inputs go to Fuzz/.work/<target>, crashes and logs to
## Fuzz/Findings/ (both git-ignored); a target's scratch files go to a folder of its own in
## /dev/shm, removed after it. Fails at the end when any target crashed. Not part of `make test`.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= csv values xlsx rubric workbook
FUZZ_FLAGS ?=
FUZZ_BIN = Fuzz/.build/release

## swiftc keeps only the last -sanitize= it is given, so SwiftPM's two --sanitize flags alone
## build Swift code with AddressSanitizer and no coverage (libFuzzer then reports cov: 0 and
## keeps nothing); -Xswiftc -sanitize=fuzzer,address names both in one flag, after SwiftPM's.
fuzz-build: deps
	cd Fuzz && $(SWIFT) build -c release --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing

fuzz: fuzz-build
	@found=""; for target in $(FUZZ_TARGETS); do \
	  mkdir -p Fuzz/.work/$$target Fuzz/Findings/$$target; \
	  echo "fuzz $$target for $(FUZZ_SECONDS) s (log: Fuzz/Findings/$$target.log)"; \
	  exe=$(FUZZ_BIN)/Fuzz$$(case $$target in csv) echo CSV;; values) echo Values;; \
	    xlsx) echo XLSXReader;; rubric) echo Rubric;; workbook) echo Workbook;; esac); \
	  scratch=$$(mktemp -d /dev/shm/pustaka-fuzz-$$target-XXXXXX); \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 TMPDIR=$$scratch \
	    $$exe Fuzz/.work/$$target Fuzz/Corpus/$$target -max_total_time=$(FUZZ_SECONDS) \
	    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -rss_limit_mb=4096 \
	    -artifact_prefix=Fuzz/Findings/$$target/ $(FUZZ_FLAGS) > Fuzz/Findings/$$target.log 2>&1; \
	  rm -rf "$$scratch"; \
	  grep -E '^#[0-9]+: cov' Fuzz/Findings/$$target.log | tail -1; \
	  echo "corpus: $$(ls Fuzz/.work/$$target | wc -l) inputs in Fuzz/.work/$$target"; \
	  if ls Fuzz/Findings/$$target/ | grep -qE '^(crash|leak|timeout|oom)-'; then \
	    found="$$found $$target"; ls Fuzz/Findings/$$target/; fi; \
	done; \
	if [ -n "$$found" ]; then echo "findings in:$$found (see Fuzz/Findings/)"; exit 1; fi

## test-sanitized: the whole suite under AddressSanitizer (leaks included, less the one-time
## global initialisers of scripts/lsan-suppressions.txt), then under ThreadSanitizer, each in a
## scratch folder of its own (.build-asan, .build-tsan). The options reach the `pustaka`
## processes the end-to-end tests start. Slow; not part of `make test`.
LSAN_SUPPRESSIONS = LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt:print_suppressions=0
test-sanitized: deps test-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	$(LSAN_SUPPRESSIONS) $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	PUSTAKA_TEST_SANITIZER=thread $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build .build-asan .build-tsan Fuzz/.build
