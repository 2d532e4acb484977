package kb

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strings"
	"unsafe"
)

// The binary format, little endian, read whole into memory and used in
// place (no decoding at load):
//
//	header   magic[8] nEntities u32 nRows u32 dirBits u32 reserved u32 arenaLen u64
//	entities nEntities × {id, label, description, aliases u32 (arena offsets), prior f32, type u8, pad[3]}
//	rows     nRows × {hash u32, key u32 (arena offset), entity u32 (top bit: the key is the label)}, sorted by (hash, key, prior desc)
//	dir      (1<<dirBits)+1 × u32: first row of each top-dirBits-hash bucket
//	arena    strings, each a uvarint length then bytes; aliases joined by \x1f
//
// A look-up hashes the normalised name, reads one directory slot and scans
// its bucket (about two rows): a few cache misses however large the KB.
// Each entity's id is also a row, under the key "\x01"+id, for look-ups by id.
const (
	magic      = "WSKB\x00\x02\x00\x00"
	headerSize = 32
	entSize    = 24
	rowSize    = 12
	idKeyMark  = "\x01"
	labelBit   = 1 << 31
)

// MaxCandidates is how many entities one name keeps, the most popular
// ones: "Washington" names hundreds of places and people, and past the
// first few dozen by popularity none is ever the one a news story means,
// while every candidate costs scoring time at each mention.
const MaxCandidates = 24

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

type row struct {
	hash  uint32
	key   string
	ent   uint32
	prior float32
}

// Write encodes entities in the binary format. Entities with an empty ID or
// label are skipped; the caller deduplicates ids.
func Write(w io.Writer, ents []Entity) error {
	var arena []byte
	put := func(s string) uint32 {
		off := len(arena)
		arena = binary.AppendUvarint(arena, uint64(len(s)))
		arena = append(arena, s...)
		return uint32(off)
	}
	put("") // offset 0 is the empty string
	entBuf := make([]byte, 0, len(ents)*entSize)
	var rows []row
	var key []byte
	n := uint32(0)
	for i := range ents {
		e := &ents[i]
		if e.ID == "" || e.Label == "" {
			continue
		}
		var rec [entSize]byte
		binary.LittleEndian.PutUint32(rec[0:], put(e.ID))
		binary.LittleEndian.PutUint32(rec[4:], put(e.Label))
		binary.LittleEndian.PutUint32(rec[8:], put(e.Description))
		binary.LittleEndian.PutUint32(rec[12:], put(strings.Join(e.Aliases, "\x1f")))
		binary.LittleEndian.PutUint32(rec[16:], math.Float32bits(e.Prior))
		rec[20] = typeCode(e.Type)
		entBuf = append(entBuf, rec[:]...)
		idk := idKeyMark + e.ID
		rows = append(rows, row{fnv32(idk), idk, n, e.Prior})
		first := len(rows)
		for j := -1; j < len(e.Aliases); j++ {
			name := e.Label
			if j >= 0 {
				name = e.Aliases[j]
			}
			key = AppendNormalized(key[:0], name)
			if len(key) == 0 {
				continue
			}
			k := string(key)
			ent := n
			if j < 0 {
				ent |= labelBit
			}
			rows = addRow(rows, first, k, ent, e.Prior)
			if e.Type == LOC {
				if s := StripAdminKind(k); s != "" {
					rows = addRow(rows, first, s, n, e.Prior)
				}
			}
			if e.Type == ORG {
				// "Ford Motor Co" finds "Ford Motor Company"
				if s := StripLegalSuffix(k); s != "" {
					rows = addRow(rows, first, s, n, e.Prior)
				}
			}
		}
		n++
	}
	if uint64(len(arena)) > math.MaxUint32 {
		return errors.New("kb: string arena over 4 GiB")
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if a.hash != b.hash {
			return a.hash < b.hash
		}
		if a.key != b.key {
			return a.key < b.key
		}
		return a.prior > b.prior
	})
	rows = capRows(rows)
	dirBits := 4
	if len(rows) > 32 {
		dirBits = bits.Len(uint(len(rows))) - 1
	}
	rowBuf := make([]byte, len(rows)*rowSize)
	dir := make([]byte, ((1<<dirBits)+1)*4)
	bucket := 0
	lastKey, lastOff := "", uint32(0)
	for i, r := range rows {
		for b := int(r.hash >> (32 - dirBits)); bucket <= b; bucket++ {
			binary.LittleEndian.PutUint32(dir[bucket*4:], uint32(i))
		}
		if i == 0 || r.key != lastKey {
			lastKey, lastOff = r.key, put(r.key)
		}
		binary.LittleEndian.PutUint32(rowBuf[i*rowSize:], r.hash)
		binary.LittleEndian.PutUint32(rowBuf[i*rowSize+4:], lastOff)
		binary.LittleEndian.PutUint32(rowBuf[i*rowSize+8:], r.ent)
	}
	for ; bucket <= 1<<dirBits; bucket++ {
		binary.LittleEndian.PutUint32(dir[bucket*4:], uint32(len(rows)))
	}
	if uint64(len(arena)) > math.MaxUint32 {
		return errors.New("kb: string arena over 4 GiB")
	}
	var hdr [headerSize]byte
	copy(hdr[:], magic)
	binary.LittleEndian.PutUint32(hdr[8:], n)
	binary.LittleEndian.PutUint32(hdr[12:], uint32(len(rows)))
	binary.LittleEndian.PutUint32(hdr[16:], uint32(dirBits))
	binary.LittleEndian.PutUint64(hdr[24:], uint64(len(arena)))
	bw := bufio.NewWriterSize(w, 1<<20)
	for _, part := range [][]byte{hdr[:], entBuf, rowBuf, dir, arena} {
		if _, err := bw.Write(part); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// capRows keeps the first MaxCandidates rows of each key (rows are sorted
// by key, then by decreasing prior).
func capRows(rows []row) []row {
	out := rows[:0]
	run := 0
	for i := range rows {
		if i > 0 && rows[i].hash == rows[i-1].hash && rows[i].key == rows[i-1].key {
			run++
		} else {
			run = 0
		}
		if run < MaxCandidates {
			out = append(out, rows[i])
		}
	}
	return out
}

// addRow adds the row of key for entity n unless the entity (its rows
// start at first) has it already.
func addRow(rows []row, first int, key string, n uint32, prior float32) []row {
	for _, r := range rows[first:] {
		if r.key == key {
			return rows
		}
	}
	return append(rows, row{fnv32(key), key, n, prior})
}

// Table is one built KB, used in place over the bytes of its file.
type Table struct {
	ents, rows, dir, arena []byte
	dirBits                uint32
	n, nRows               int
}

// IsTable reports whether data starts like a built KB file.
func IsTable(data []byte) bool { return len(data) >= 8 && string(data[:8]) == magic }

// NewTable checks data and returns the table over it. data must not be
// modified afterwards: strings handed out point into it.
func NewTable(data []byte) (*Table, error) {
	if len(data) < headerSize || !IsTable(data) {
		return nil, errors.New("kb: not a built KB file (bad magic)")
	}
	le := binary.LittleEndian
	t := &Table{n: int(le.Uint32(data[8:])), nRows: int(le.Uint32(data[12:])), dirBits: le.Uint32(data[16:])}
	arenaLen := le.Uint64(data[24:])
	if t.dirBits > 31 {
		return nil, errors.New("kb: corrupt header")
	}
	sizes := []uint64{uint64(t.n) * entSize, uint64(t.nRows) * rowSize, ((1 << t.dirBits) + 1) * 4, arenaLen}
	var total uint64 = headerSize
	for _, s := range sizes {
		total += s
	}
	if total != uint64(len(data)) {
		return nil, fmt.Errorf("kb: file is %d bytes, header says %d", len(data), total)
	}
	off := uint64(headerSize)
	parts := make([][]byte, 4)
	for i, s := range sizes {
		parts[i] = data[off : off+s : off+s]
		off += s
	}
	t.ents, t.rows, t.dir, t.arena = parts[0], parts[1], parts[2], parts[3]
	return t, nil
}

// Len is the number of entities.
func (t *Table) Len() int { return t.n }

func (t *Table) str(off uint32) string {
	if int(off) >= len(t.arena) {
		return ""
	}
	l, k := binary.Uvarint(t.arena[off:])
	if k <= 0 || uint64(len(t.arena)-int(off)-k) < l {
		return ""
	}
	b := t.arena[int(off)+k : int(off)+k+int(l)]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Entity returns the i-th entity.
func (t *Table) Entity(i int) Entity {
	r := t.ents[i*entSize : i*entSize+entSize]
	le := binary.LittleEndian
	e := Entity{
		ID:          t.str(le.Uint32(r[0:])),
		Label:       t.str(le.Uint32(r[4:])),
		Description: t.str(le.Uint32(r[8:])),
		Prior:       math.Float32frombits(le.Uint32(r[16:])),
		Type:        typeName(r[20]),
	}
	if a := t.str(le.Uint32(r[12:])); a != "" {
		e.Aliases = strings.Split(a, "\x1f")
	}
	return e
}

func (t *Table) entityLite(i int) Entity {
	r := t.ents[i*entSize : i*entSize+entSize]
	le := binary.LittleEndian
	return Entity{
		ID:          t.str(le.Uint32(r[0:])),
		Label:       t.str(le.Uint32(r[4:])),
		Description: t.str(le.Uint32(r[8:])),
		Prior:       math.Float32frombits(le.Uint32(r[16:])),
		Type:        typeName(r[20]),
	}
}

// each calls fn with the entity index of every row under the exact key, in
// order of decreasing prior, and whether the key is the entity's label.
func (t *Table) each(key string, fn func(ent int, label bool)) {
	if t.nRows == 0 {
		return
	}
	h := fnv32(key)
	b := h >> (32 - t.dirBits)
	le := binary.LittleEndian
	lo, hi := int(le.Uint32(t.dir[b*4:])), int(le.Uint32(t.dir[b*4+4:]))
	for i := lo; i < hi; i++ {
		r := t.rows[i*rowSize:]
		rh := le.Uint32(r)
		if rh < h {
			continue
		}
		if rh > h {
			return
		}
		if t.str(le.Uint32(r[4:])) == key {
			ent := le.Uint32(r[8:])
			fn(int(ent&^labelBit), ent&labelBit != 0)
		}
	}
}

// Lookup returns the entities having the normalised name key as label or
// alias, most popular first. Aliases are not filled (Entity fetches them).
func (t *Table) Lookup(key string) []Candidate {
	var out []Candidate
	t.each(key, func(i int, label bool) {
		// files written before the cap may hold more rows per name
		if len(out) < MaxCandidates {
			out = append(out, Candidate{Entity: t.entityLite(i), IsLabel: label})
		}
	})
	return out
}

// ByID returns the index of the entity with this id.
func (t *Table) ByID(id string) (int, bool) {
	var buf [32]byte
	key := append(append(buf[:0], idKeyMark...), id...)
	idx := -1
	t.each(string(key), func(i int, _ bool) { idx = i })
	return idx, idx >= 0
}
