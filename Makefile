# Pustaka: every set-up step a fresh Debian machine needs lives here (run as root).
SWIFT ?= swift
SHELL := /bin/bash

.PHONY: test build deps lint clean

## deps: install libxlsxwriter-dev (and pkg-config) when the C library is missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists xlsxwriter; then \
	  echo "Installing libxlsxwriter-dev with apt-get..."; \
	  apt-get update && apt-get install -y --no-install-recommends libxlsxwriter-dev pkg-config; \
	fi

## build: debug build of the tool and its tests.
build: deps
	$(SWIFT) build --build-tests

## lint: the house style's formatter rules.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

## test: build everything, check the style, run the whole suite.
test: build lint
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
