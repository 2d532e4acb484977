package quotes

import (
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/wirestream/wirestream/stages/segment"
)

// TestConcurrent: the stage runs on many goroutines and pools its buffers;
// results must not depend on what ran before or beside.
func TestConcurrent(t *testing.T) {
	arts := readGold(t, filepath.Join("testdata", "articles.jsonl"))
	want := make([]any, len(arts))
	for i, g := range arts {
		p, s := segment.Split(g.Text)
		want[i] = Extract(g.Text, p, s)
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				for i := range arts {
					g := arts[(i+w)%len(arts)]
					p, s := segment.Split(g.Text)
					if got := Extract(g.Text, p, s); !reflect.DeepEqual(got, want[(i+w)%len(arts)]) {
						t.Errorf("%s: concurrent result differs", g.ID)
						return
					}
				}
			}
		}(w)
	}
	wg.Wait()
}
