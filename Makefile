# baoterm: `make run` opens the browser on seeds/, `make test` runs every test, `make bench` measures.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
RELEASE_BIN = .build/release/baoterm

.PHONY: setup build run test test-asan test-tsan fuzz fuzz-build bench clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release

run: build
	@$(RELEASE_BIN) seeds

test: setup
	$(SWIFT) test --disable-swift-testing

# The suite under AddressSanitizer and ThreadSanitizer, each in its own build folder so they do
# not rebuild the normal one.
test-asan: setup
	$(SWIFT) test --disable-swift-testing --sanitize=address --scratch-path .build-asan

test-tsan: setup
	$(SWIFT) test --disable-swift-testing --sanitize=thread --scratch-path .build-tsan

# libFuzzer targets (fuzz/): text normalisation, the article loader and parser, the citation
# grammar and entity passes, the search query and `:`/`/` prompts. FUZZ_SECONDS each (default
# 600), two at a time; the corpus grows in fuzz/corpus/NAME (not committed), crashers land in
# fuzz/crashes/ and become regression tests (Tests/BaoCoreTests/Article/FuzzRegressionTests.swift).
FUZZ_TARGETS = FuzzNormalize FuzzArticle FuzzCitations FuzzQuery
FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 2
FUZZ_BIN = fuzz/.build/release

fuzz-build: setup
	cd fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address

fuzz: fuzz-build
	@mkdir -p fuzz/crashes
	@printf '%s\n' $(FUZZ_TARGETS) | xargs -P $(FUZZ_JOBS) -I{} sh -c 'mkdir -p fuzz/corpus/{} && \
		$(FUZZ_BIN)/{} fuzz/corpus/{} fuzz/seeds/{} seeds -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
		-artifact_prefix=fuzz/crashes/{}- -print_final_stats=1 > fuzz/{}.log 2>&1; \
		echo "{}: exit $$?, $$(grep -E "stat::number_of_executed_units" fuzz/{}.log)"'

bench: setup
	@BAOTERM_BENCH=1 bash scripts/setup.sh
	$(SWIFT) build -c release
	@bash scripts/bench.sh

clean:
	rm -rf .build .build-asan .build-tsan fuzz/.build
