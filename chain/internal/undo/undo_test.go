package undo

import (
	"slices"
	"testing"
)

func TestLog(t *testing.T) {
	var l Log[int]
	for i := range 5 {
		l.Push(i)
	}
	var got []int
	l.Undo(2, func(e *int) { got = append(got, *e) })
	if !slices.Equal(got, []int{4, 3, 2}) || l.Len() != 2 {
		t.Fatalf("undo to 2 restored %v, left %d", got, l.Len())
	}
	l.Push(7)
	l.Forget(1) // 0 is final: [1 7]
	got = nil
	l.Undo(0, func(e *int) { got = append(got, *e) })
	if !slices.Equal(got, []int{7, 1}) || l.Len() != 0 {
		t.Fatalf("after forgetting 1, undo to 0 restored %v, left %d", got, l.Len())
	}
}
