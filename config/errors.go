package config

import (
	"strconv"
	"strings"
)

// Error is one problem with the configuration: a file entry, a command-line
// flag or an environment variable. It prints as
//
//	FILE:LINE: KEY: MSG         a key in a config file
//	flag --governor: MSG        a command-line flag (File "", Key "--governor")
//	$ETH_RPC_URL: MSG           an environment variable (File "", Key "$ETH_RPC_URL")
//
// Key is the full dotted path of the key, with 0-based indexes for arrays:
// "dao[1].governor" is the governor of the second [[dao]] table and
// "dao[0].treasury[2]" the third treasury address of the first. Msg says what
// is wrong and how to fix it.
type Error struct {
	File string // config file; "" for flags and environment variables
	Line int    // 1-based line in File; 0 when unknown or not about a line
	Key  string // dotted key path, "--flag" or "$ENV_VAR"; "" when about the whole file
	Msg  string // what is wrong and how to fix it
}

// Error formats e as described on the type.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(": ")
	} else if strings.HasPrefix(e.Key, "-") {
		b.WriteString("flag ")
	}
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found while loading or resolving a configuration,
// in file order. It prints one problem per line. errors.As(err, &e) with
// e of type *Error finds the first one; errors.As(err, &es) with es of type
// Errors finds them all.
type Errors []*Error

// Error prints each problem on its own line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems as errors, for errors.Is and errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// err returns es as an error, or nil when it is empty.
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
