package governor

import "errors"

// ErrNotGovernor is returned when the address holds no governor of a
// supported family.
var ErrNotGovernor = errors.New("not a supported governor")

// ErrNoCode is returned when the address holds no contract code at all.
var ErrNoCode = errors.New("no contract code")
