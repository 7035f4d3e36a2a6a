// Package undo is the record the log folders in chain/token and
// chain/governor keep to take their state back a few blocks: entries
// pushed before each change, popped newest first to undo them, and dropped
// oldest first once the changes are final.
package undo

// Log holds undo entries of type E, oldest first. The zero Log is empty
// and ready to use. It is not safe for concurrent use.
type Log[E any] struct {
	entries []E
}

// Len is the position now: pass it to Undo to come back to it.
func (l *Log[E]) Len() int { return len(l.entries) }

// Push records e.
func (l *Log[E]) Push(e E) { l.entries = append(l.entries, e) }

// Undo calls restore with each entry after position n, newest first, and
// forgets them.
func (l *Log[E]) Undo(n int, restore func(e *E)) {
	for i := len(l.entries) - 1; i >= n; i-- {
		restore(&l.entries[i])
	}
	clear(l.entries[n:])
	l.entries = l.entries[:n]
}

// Forget drops the first n entries: what they undo is final. Later
// positions (Len) shift down by n.
func (l *Log[E]) Forget(n int) {
	m := copy(l.entries, l.entries[n:])
	clear(l.entries[m:])
	l.entries = l.entries[:m]
}
