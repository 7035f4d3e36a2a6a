// Package abisafe decodes attacker-controlled ABI data (return data, log
// data) with go-ethereum's abi package, which panics on some malformed
// input: every panic becomes an error. It is the one place daoterm
// recovers from the decoder.
package abisafe

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
)

// Unpack decodes data as the outputs of method name or the non-indexed
// fields of event name of a.
func Unpack(a *abi.ABI, name string, data []byte) (out []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("ABI decoder: %v", r)
		}
	}()
	return a.Unpack(name, data)
}

// UnpackArgs decodes data as args (a method's outputs or inputs).
func UnpackArgs(args abi.Arguments, data []byte) (out []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("ABI decoder: %v", r)
		}
	}()
	return args.Unpack(data)
}

// UnpackLog decodes the data of log l as event name of a; errors name the
// log (see LogError).
func UnpackLog(a *abi.ABI, name string, l *types.Log) ([]any, error) {
	out, err := Unpack(a, name, l.Data)
	if err != nil {
		return nil, LogError(l, name, err)
	}
	return out, nil
}

// Convert is abi.ConvertType into out (a pointer), an error where it would
// panic (a value of another shape).
func Convert(in, out any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ABI value of an unexpected shape: %v", r)
		}
	}()
	abi.ConvertType(in, out)
	return nil
}

// LogError names a log in an error message: the event, transaction, log
// index, block and emitting contract.
func LogError(l *types.Log, what string, err error) error {
	return fmt.Errorf("malformed %s log (tx %s, log index %d, block %d) from %s: %w", what, l.TxHash.Hex(), l.Index, l.BlockNumber, l.Address.Hex(), err)
}
