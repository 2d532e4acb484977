package pipeline

import (
	"context"
	"errors"
	"testing"

	"github.com/nats-io/nats.go/jetstream"
)

// A failure to create a stream's storage is tried again; any other error
// is returned at once.
func TestRetryStore(t *testing.T) {
	storeErr := &jetstream.APIError{Code: 500, ErrorCode: errStoreCreate, Description: "error creating store for stream"}
	other := &jetstream.APIError{Code: 400, ErrorCode: 10058, Description: "stream name already in use"}
	for _, c := range []struct {
		name      string
		fails     []error
		wantCalls int
		wantErr   bool
	}{
		{"ok at once", nil, 1, false},
		{"store error twice, then ok", []error{storeErr, storeErr}, 3, false},
		{"store error every time", []error{storeErr, storeErr, storeErr, storeErr, storeErr}, 4, true},
		{"other error: no retry", []error{other}, 1, true},
		{"plain error: no retry", []error{errors.New("boom")}, 1, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			calls := 0
			err := retryStore(context.Background(), func() error {
				calls++
				if calls <= len(c.fails) {
					return c.fails[calls-1]
				}
				return nil
			})
			if calls != c.wantCalls || (err != nil) != c.wantErr {
				t.Fatalf("calls %d err %v; want calls %d, error %v", calls, err, c.wantCalls, c.wantErr)
			}
		})
	}
}
