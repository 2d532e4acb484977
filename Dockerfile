# Multi-stage build of the one Wirestream binary.
FROM golang:1.26 AS build
WORKDIR /src
# Module downloads are cached apart from the source.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/worker ./cmd/worker

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/worker /usr/local/bin/worker
COPY --from=build /src/examples/feed /examples/feed
# A stage worker keeps no state of its own; without --nats the embedded
# server stores under /tmp, writable by the nonroot user.
ENTRYPOINT ["/usr/local/bin/worker"]
CMD ["run", "--data", "/tmp/wirestream"]
