package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The eth_getLogs answer is read in one pass by a small JSON reader that
// builds no tree: each log is decoded into a types.Log field by field as it
// is read (no encoding/json pass, no intermediate values). Error objects,
// small and rare, go through encoding/json.

// maxJSONDepth bounds the nesting the reader follows (in values it skips):
// a hostile answer of deeply nested arrays must not exhaust the stack.
const maxJSONDepth = 64

// jsonReader reads JSON values from b, starting at i. With src it reads
// the input as it streams in: b holds a window of it, refilled (more) as a
// value runs past its end, so that a response is never held whole. Refills
// only append (growing b into a new array when it is full), so positions
// and slices of b stay valid while a value is read; the bytes before a
// point the caller no longer needs are dropped only at release.
type jsonReader struct {
	b   []byte
	i   int
	src io.Reader // nil: b is the whole input
	n   int64     // bytes read from src
	err error     // why src stopped (io.EOF at its end)
}

// jsonChunk is the least room a refill reads into; jsonWindow the size a
// streaming reader's buffer starts at, and what release keeps it to.
const (
	jsonChunk  = 32 << 10
	jsonWindow = 256 << 10
)

// newStreamReader reads JSON from src in a window of jsonWindow bytes.
func newStreamReader(src io.Reader) *jsonReader {
	return &jsonReader{b: make([]byte, 0, jsonWindow), src: src}
}

// more reads more of src into b and reports whether it got any.
func (r *jsonReader) more() bool {
	for empty := 0; r.src != nil && r.err == nil; empty++ {
		if empty == 100 {
			r.err = io.ErrNoProgress // a reader that keeps returning nothing
			return false
		}
		if cap(r.b)-len(r.b) < jsonChunk {
			nb := make([]byte, len(r.b), 2*cap(r.b)+jsonChunk)
			copy(nb, r.b)
			r.b = nb
		}
		n, err := r.src.Read(r.b[len(r.b):cap(r.b)])
		r.b = r.b[:len(r.b)+n]
		r.n += int64(n)
		if err != nil {
			r.err = err
		}
		if n > 0 {
			return true
		}
	}
	return false
}

// readErr is why src stopped early (nil at its end or without src).
func (r *jsonReader) readErr() error {
	if r.err == io.EOF {
		return nil
	}
	return r.err
}

// release drops the bytes before the reader's position when they fill
// half the window (so that each byte is moved at most about once): no
// slice of b taken before may be used after it.
func (r *jsonReader) release() {
	if r.src == nil || r.i < cap(r.b)/2 {
		return
	}
	n := copy(r.b, r.b[r.i:])
	r.b = r.b[:n]
	r.i = 0
}

// errAt is a syntax error at the reader's position.
func (r *jsonReader) errAt(what string) error {
	if r.i >= len(r.b) {
		return fmt.Errorf("%s: unexpected end of JSON", what)
	}
	return fmt.Errorf("%s: unexpected %q at byte %d", what, r.b[r.i], r.i)
}

// ws skips JSON whitespace.
func (r *jsonReader) ws() {
	for {
		for r.i < len(r.b) {
			switch r.b[r.i] {
			case ' ', '\t', '\r', '\n':
				r.i++
			default:
				return
			}
		}
		if !r.more() {
			return
		}
	}
}

// peek returns the next non-space byte (0 at the end).
func (r *jsonReader) peek() byte {
	if r.i < len(r.b) && r.b[r.i] > ' ' {
		return r.b[r.i]
	}
	r.ws()
	if r.i >= len(r.b) {
		return 0
	}
	return r.b[r.i]
}

// end fails unless only whitespace is left.
func (r *jsonReader) end() error {
	if r.peek() != 0 {
		return r.errAt("after the JSON value")
	}
	return nil
}

// str reads a string and returns its contents: a slice of b when it holds
// no escape, else the unescaped copy.
func (r *jsonReader) str() ([]byte, error) {
	raw, escaped, err := r.rawStr()
	if err != nil || escaped {
		return raw, err // encoding/json checked an escaped one
	}
	for _, c := range raw {
		if c < 0x20 {
			return nil, errors.New("control character in a string")
		}
	}
	return raw, nil
}

// key reads an object key as str does, in one pass over the short keys
// JSON-RPC answers are made of (str makes four: a cold sync reads ten
// keys a log).
func (r *jsonReader) key() ([]byte, error) {
	if r.peek() != '"' {
		return nil, r.errAt("want a string")
	}
	start := r.i + 1
	for j := start; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '"':
			r.i = j + 1
			return r.b[start:j], nil
		case c == '\\' || c < 0x20:
			return r.str() // r.i is still at the opening quote
		}
	}
	return r.str() // past the window: str reads more
}

// hexDigits reads a string of 0x-prefixed hex and returns the digits
// after the prefix. It does not look for control characters or escapes,
// as str does: decoding the digits refuses them.
func (r *jsonReader) hexDigits() ([]byte, error) {
	// Read as a string without escapes: a backslash (no node escapes hex)
	// is not a hex digit, and decoding the digits refuses it.
	if r.peek() != '"' {
		return nil, r.errAt("want a string")
	}
	start := r.i + 1
	j := start
	for {
		if k := bytes.IndexByte(r.b[j:], '"'); k >= 0 {
			j += k
			break
		}
		if j = len(r.b); !r.more() {
			r.i = len(r.b)
			return nil, errors.New("unterminated string")
		}
	}
	s := r.b[start:j]
	r.i = j + 1
	if len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return nil, errors.New("hex string without 0x prefix")
	}
	return s[2:], nil
}

// rawStr reads a string: a slice of b when it holds no escape, else the
// copy encoding/json unescaped (escaped true).
func (r *jsonReader) rawStr() (raw []byte, escaped bool, err error) {
	if r.peek() != '"' {
		return nil, false, r.errAt("want a string")
	}
	start := r.i + 1
	j := start
	for {
		k := bytes.IndexByte(r.b[j:], '"')
		if k < 0 {
			if j = len(r.b); r.more() {
				continue
			}
			r.i = len(r.b)
			return nil, false, errors.New("unterminated string")
		}
		j += k
		// The quote is escaped when an odd number of backslashes precede it.
		n := 0
		for p := j - 1; p >= start && r.b[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			break
		}
		escaped = true
		j++
	}
	raw = r.b[start:j]
	r.i = j + 1
	if !escaped && bytes.IndexByte(raw, '\\') < 0 {
		return raw, false, nil
	}
	var s string
	if err := json.Unmarshal(r.b[start-1:j+1], &s); err != nil {
		return nil, true, fmt.Errorf("bad string: %v", err)
	}
	return []byte(s), true, nil
}

// literal reads a number, true, false or null and returns its text.
func (r *jsonReader) literal() ([]byte, error) {
	r.ws()
	j := r.i
	for j < len(r.b) || r.more() {
		c := r.b[j]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '-' || c == '+' || c == '.' || c == 'E') {
			break
		}
		j++
	}
	if j == r.i {
		return nil, r.errAt("want a value")
	}
	lit := r.b[r.i:j]
	switch string(lit) {
	case "true", "false", "null":
	default:
		if !json.Valid(lit) {
			return nil, fmt.Errorf("bad literal %q", lit)
		}
	}
	r.i = j
	return lit, nil
}

// null reads a null if one is next, and reports whether it did.
func (r *jsonReader) null() bool {
	if r.peek() != 'n' {
		return false
	}
	for len(r.b)-r.i < 4 && r.more() {
	}
	if bytes.HasPrefix(r.b[r.i:], []byte("null")) {
		r.i += 4
		return true
	}
	return false
}

// object reads an object, calling fn with each key; fn reads the value.
func (r *jsonReader) object(fn func(key []byte) error) error {
	if r.peek() != '{' {
		return r.errAt("want an object")
	}
	r.i++
	if r.peek() == '}' {
		r.i++
		return nil
	}
	for {
		key, err := r.key()
		if err != nil {
			return err
		}
		if r.peek() != ':' {
			return r.errAt("want ':' after an object key")
		}
		r.i++
		if err := fn(key); err != nil {
			return err
		}
		switch r.peek() {
		case ',':
			r.i++
		case '}':
			r.i++
			return nil
		default:
			return r.errAt("in an object")
		}
	}
}

// array reads an array, calling fn for each element; fn reads it.
func (r *jsonReader) array(fn func() error) error {
	if r.peek() != '[' {
		return r.errAt("want an array")
	}
	r.i++
	if r.peek() == ']' {
		r.i++
		return nil
	}
	for {
		if err := fn(); err != nil {
			return err
		}
		switch r.peek() {
		case ',':
			r.i++
		case ']':
			r.i++
			return nil
		default:
			return r.errAt("in an array")
		}
	}
}

// skip reads any value and returns its raw text.
func (r *jsonReader) skip(depth int) ([]byte, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("JSON nested deeper than %d levels", maxJSONDepth)
	}
	start := r.peek()
	from := r.i
	var err error
	switch start {
	case '{':
		err = r.object(func([]byte) error { _, err := r.skip(depth + 1); return err })
	case '[':
		err = r.array(func() error { _, err := r.skip(depth + 1); return err })
	case '"':
		_, err = r.str()
	default:
		_, err = r.literal()
	}
	if err != nil {
		return nil, err
	}
	return r.b[from:r.i], nil
}

// hexData decodes s, hex digits of any even number, into a buffer of its
// size from a.
func hexData(s []byte, a *logArena) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, errors.New("hex string of odd length")
	}
	dst := a.data(len(s) / 2)
	if !decodeHex(dst, s) {
		return nil, errors.New("invalid hex digit")
	}
	return dst, nil
}

// quantity reads a hex quantity as hexutil does (0x, no leading zero, at
// most 64 bits).
func (r *jsonReader) quantity() (uint64, error) {
	s, err := r.hexDigits()
	if err != nil {
		return 0, err
	}
	switch {
	case len(s) == 0:
		return 0, errors.New("hex string \"0x\"")
	case len(s) > 1 && s[0] == '0':
		return 0, errors.New("hex number with leading zero digits")
	case len(s) > 16:
		return 0, errors.New("hex number > 64 bits")
	}
	var n uint64
	for _, c := range s {
		d := hexValues[c]
		if d > 0x0f {
			return 0, errors.New("invalid hex digit")
		}
		n = n<<4 | uint64(d)
	}
	return n, nil
}

// hexValues maps a byte to the value of the hex digit it is, 0xff when it
// is none.
const hexValues = "" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\xff\xff\xff\xff\xff\xff" +
	"\xff\x0a\x0b\x0c\x0d\x0e\x0f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\x0a\x0b\x0c\x0d\x0e\x0f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"

// decodeHex decodes the hex digits s into dst (len(s) == 2·len(dst)) and
// reports whether every byte of s was a hex digit.
func decodeHex(dst, s []byte) bool {
	var bad byte
	for i := range dst {
		hi, lo := hexValues[s[2*i]], hexValues[s[2*i+1]]
		bad |= hi | lo
		dst[i] = hi<<4 | lo&0x0f
	}
	return bad&0xf0 == 0
}

// logArena hands out the topics and data of a response's logs from a few
// large allocations instead of two small ones per log, and remembers the
// last hex each fixed-size field held (see hexMemo).
type logArena struct {
	hashes []common.Hash
	bytes  []byte
	last   [memoFields]hexMemo
}

// The fixed-size fields hexMemo remembers: consecutive logs of a response
// mostly repeat their address, their event's topic and their block hash,
// and often their transaction hash and indexed arguments.
const (
	memoAddress = iota
	memoTxHash
	memoBlockHash
	memoTopic  // topics 0 to 3 from here, then any after them
	memoFields = memoTopic + 5
)

// hexMemo is the last hex digits a field held and the bytes they decoded
// to: comparing 64 digits with the last ones costs a fraction of decoding
// them, and a cold sync decodes about 200 bytes a log.
type hexMemo struct {
	hex []byte // without 0x; empty before the first
	val common.Hash
}

// fixed reads a string of 0x-prefixed hex of exactly len(dst) bytes into
// dst, copying the last value when the digits repeat.
func (m *hexMemo) fixed(r *jsonReader, dst []byte) error {
	s, err := r.hexDigits()
	if err != nil {
		return err
	}
	if len(s) != 2*len(dst) {
		return fmt.Errorf("hex string of %d digits, want %d", len(s), 2*len(dst))
	}
	if bytes.Equal(s, m.hex) {
		copy(dst, m.val[:])
		return nil
	}
	if !decodeHex(dst, s) {
		return errors.New("invalid hex digit")
	}
	m.hex = append(m.hex[:0], s...)
	copy(m.val[:], dst)
	return nil
}

// arenaChunk is how many hashes (and 32-byte words of data) one arena
// allocation holds.
const arenaChunk = 1024

func (a *logArena) topics(ts []common.Hash) []common.Hash {
	n := len(ts)
	if n == 0 {
		return []common.Hash{}
	}
	if cap(a.hashes)-len(a.hashes) < n {
		a.hashes = make([]common.Hash, 0, max(n, arenaChunk))
	}
	k := len(a.hashes)
	a.hashes = append(a.hashes, ts...)
	return a.hashes[k : k+n : k+n]
}

// data returns a buffer of n bytes for a log's data.
func (a *logArena) data(n int) []byte {
	if n > 32*arenaChunk/4 {
		return make([]byte, n)
	}
	if cap(a.bytes)-len(a.bytes) < n {
		a.bytes = make([]byte, 0, 32*arenaChunk)
	}
	k := len(a.bytes)
	a.bytes = a.bytes[:k+n]
	return a.bytes[k : k+n : k+n]
}

// Fields of a log, as bits of what decodeLog has seen.
const (
	seenAddress = 1 << iota
	seenTopics
	seenData
	seenBlockNumber
	seenTxHash
	seenLogIndex
)

// decodeLog reads one log object into l with the rules of types.Log's own
// decoder (address, topics, data and transactionHash required; hex as in
// hexutil; null as absent), and also requires blockNumber and logIndex,
// which order logs.
func (r *jsonReader) decodeLog(l *types.Log, a *logArena) error {
	if r.peek() != '{' {
		v, err := r.skip(0)
		if err != nil {
			return err
		}
		return fmt.Errorf("a JSON %.20s, not an object", v)
	}
	seen := 0
	var buf [4]common.Hash
	err := r.object(func(key []byte) error {
		if r.null() {
			return nil
		}
		var err error
		var u uint64
		switch string(key) {
		case "address":
			err = a.last[memoAddress].fixed(r, l.Address[:])
			seen |= seenAddress
		case "topics":
			ts := buf[:0]
			err = r.array(func() error {
				var h common.Hash
				if err := a.last[memoTopic+min(len(ts), 4)].fixed(r, h[:]); err != nil {
					return fmt.Errorf("topic %d: %v", len(ts), err)
				}
				ts = append(ts, h)
				return nil
			})
			if err != nil {
				return err
			}
			l.Topics = a.topics(ts)
			seen |= seenTopics
			return nil
		case "data":
			var s []byte
			if s, err = r.hexDigits(); err == nil {
				l.Data, err = hexData(s, a)
			}
			seen |= seenData
		case "blockNumber":
			l.BlockNumber, err = r.quantity()
			seen |= seenBlockNumber
		case "transactionHash":
			err = a.last[memoTxHash].fixed(r, l.TxHash[:])
			seen |= seenTxHash
		case "blockHash":
			err = a.last[memoBlockHash].fixed(r, l.BlockHash[:])
		case "transactionIndex":
			u, err = r.quantity()
			l.TxIndex = uint(u)
		case "logIndex":
			u, err = r.quantity()
			l.Index = uint(u)
			seen |= seenLogIndex
		case "blockTimestamp":
			l.BlockTimestamp, err = r.quantity()
		case "removed":
			var v []byte
			if v, err = r.literal(); err == nil {
				switch string(v) {
				case "true":
					l.Removed = true
				case "false":
					l.Removed = false
				default:
					err = fmt.Errorf("%s, not a bool", v)
				}
			}
		default:
			_, err = r.skip(1)
			return err
		}
		if err != nil {
			return fmt.Errorf("%s: %v", key, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range []struct {
		bit  int
		name string
	}{{seenAddress, "address"}, {seenTopics, "topics"}, {seenData, "data"}, {seenBlockNumber, "blockNumber"}, {seenTxHash, "transactionHash"}, {seenLogIndex, "logIndex"}} {
		if seen&f.bit == 0 {
			return fmt.Errorf("missing required field '%s'", f.name)
		}
	}
	return nil
}

// rpcReply is one JSON-RPC reply of an eth_getLogs answer.
type rpcReply struct {
	id     []byte // raw JSON
	result byte   // the result's first byte: '[' (logs), '{' (a block), 'n' (null); 0: absent
	logs   []types.Log
	block  uint64    // the block's number, when the result is a block
	noNum  error     // why the block has no number
	err    *rpcError // the error, if any
}

// reply reads one JSON-RPC reply. A result list is read as logs; a result
// object as a block (its number).
func (r *jsonReader) reply(a *logArena, hint int) (rpcReply, error) {
	var out rpcReply
	if r.peek() != '{' {
		return out, r.errAt("want a JSON-RPC reply object")
	}
	err := r.object(func(key []byte) error {
		var err error
		switch string(key) {
		case "id":
			out.id, err = r.skip(1)
			out.id = bytes.Clone(out.id) // the window moves on while logs are read
		case "error":
			if r.null() {
				return nil
			}
			raw, err := r.skip(1)
			if err != nil {
				return err
			}
			out.err, err = decodeRPCError(raw)
			return err
		case "result":
			switch r.peek() {
			case '[':
				out.result = '['
				out.logs, err = r.logList(a, hint)
			case '{':
				out.result = '{'
				out.noNum = errors.New("missing required field 'number'")
				err = r.object(func(k []byte) error {
					if string(k) != "number" {
						_, err := r.skip(2)
						return err
					}
					n, err := r.quantity()
					out.block, out.noNum = n, nil
					if err != nil {
						out.noNum = fmt.Errorf("number: %v", err)
					}
					return nil
				})
			default:
				var v []byte
				if v, err = r.skip(1); err == nil {
					out.result = v[0]
					if string(v) != "null" {
						out.result = '?'
					}
				}
			}
		default:
			_, err = r.skip(1)
		}
		return err
	})
	return out, err
}

// logList reads a list of logs, with room made for hint of them.
func (r *jsonReader) logList(a *logArena, hint int) ([]types.Log, error) {
	if r.src == nil {
		// Room for the logs the rest of the body names (each log has one
		// logIndex, and the body bounds it).
		hint = min(bytes.Count(r.b[r.i:], []byte(`"logIndex"`)), len(r.b)/64+1)
	}
	logs := make([]types.Log, 0, hint)
	err := r.array(func() error {
		logs = append(logs, types.Log{})
		if err := r.decodeLog(&logs[len(logs)-1], a); err != nil {
			return fmt.Errorf("malformed log %d in the eth_getLogs response: %w", len(logs)-1, err)
		}
		r.release()
		return nil
	})
	return logs, err
}

// decodeRPCError reads a JSON-RPC error object.
func decodeRPCError(raw []byte) (*rpcError, error) {
	var e struct {
		Code    json.Number `json:"code"`
		Message string      `json:"message"`
		Data    any         `json:"data"`
	}
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("malformed JSON-RPC error: %v", err)
	}
	code, _ := strconv.Atoi(string(e.Code))
	re := &rpcError{code: code, msg: e.Message, data: e.Data}
	if re.msg == "" {
		re.msg = "JSON-RPC error " + strconv.Itoa(re.code)
	}
	return re, nil
}
