# The image the Dockerfile names as node:24-bookworm-slim, built here because no image can be
# pulled: the local Debian base (scripts/deploy/baseImages.ts makes it with mmdebstrap) with the
# node binary and npm of this folder's lock file, and user `node` (uid 1000) as in the official one.
# It also trusts the certificate authorities of the machine that built it (a TLS-inspecting proxy's
# among them), so `npm ci` in an image built from it reaches the registry the host reaches.
FROM syncad-local/debian:bookworm
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY host-ca-certificates.crt /usr/local/share/syncad/host-ca-certificates.crt
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/syncad/host-ca-certificates.crt
RUN { [ -s /usr/local/share/syncad/host-ca-certificates.crt ] \
     || cp /etc/ssl/certs/ca-certificates.crt /usr/local/share/syncad/host-ca-certificates.crt; } \
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
 && node --version && npm --version
CMD ["node"]
