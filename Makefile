# Pustaka: every set-up step a fresh Debian machine needs lives here (run as root).
SWIFT ?= swift
SHELL := /bin/bash
APT_INSTALL = apt-get install -y --no-install-recommends

.PHONY: report test build release deps test-deps lint clean

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

## lint: the house style's formatter rules.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

## test: build everything, check the style, run the whole suite.
test: build test-deps lint
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
