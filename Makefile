# baoterm: `make run` opens the browser on seeds/, `make test` runs every test, `make bench` measures.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
RELEASE_BIN = .build/release/baoterm

.PHONY: setup build run test bench clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release

run: build
	@$(RELEASE_BIN) seeds

test: setup
	$(SWIFT) test --disable-swift-testing

bench: setup
	@BAOTERM_BENCH=1 bash scripts/setup.sh
	$(SWIFT) build -c release
	@bash scripts/bench.sh

clean:
	rm -rf .build
