# A thin front door over CMake. `make demo` and `make test` work on a fresh Debian 12 machine:
# they install the Debian packages that are missing, configure, build, then run.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
WERROR     ?= OFF
SANITIZE   ?= OFF
EXAMPLE    ?= data/examples/data-scientist.json
DEMO_AS_OF ?= 2026-11-25
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
MAKEFLAGS  += --no-print-directory

# What the build and the tests need, all from Debian 12's archive.
DEB_PACKAGES := cmake make ninja-build ccache g++ pkg-config libcli11-dev nlohmann-json3-dev libsimdjson-dev libfmt-dev catch2 mandoc libxml2-utils zlib1g-dev \
                libarchive-dev libgmime-3.0-dev libical-dev

.PHONY: all deps configure build demo test install clean format

all: build

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "netgap: installing missing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DNETGAP_WERROR=$(WERROR) -DNETGAP_SANITIZE=$(SANITIZE) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@echo '$$ netgap audit $(EXAMPLE) --as-of $(DEMO_AS_OF)'
	@$(BUILD_DIR)/netgap audit $(EXAMPLE) --as-of $(DEMO_AS_OF)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD_DIR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD_DIR)
