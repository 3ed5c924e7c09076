# rapportage in a container, for publishing from CI (docs/ci/): Debian with the
# installed tool (its Debian package: the programs, the default theme, the scaffold,
# the NL Design System CSS and Pagefind) and nothing else.
#
#   docker build -t rapportage .
#   docker run --rm -v "$PWD:/rapportage" -u "$(id -u):$(id -g)" rapportage rapportage build
#
# Stage 1 builds rapportage and its Debian package from this checkout.
FROM debian:bookworm AS build
WORKDIR /src
COPY . .
RUN apt-get update -qq \
 && scripts/install-deps --build-only \
 && cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
 && cmake --build build -j"$(nproc)" --target rapportage rapportage-serve \
 && cd build && cpack -G DEB

# Stage 2: the package on a small Debian; apt installs the libraries it depends on.
FROM debian:bookworm-slim
COPY --from=build /src/build/rapportage_*.deb /tmp/
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends /tmp/rapportage_*.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/rapportage_*.deb \
 && rapportage version
WORKDIR /rapportage
CMD ["rapportage", "build"]
