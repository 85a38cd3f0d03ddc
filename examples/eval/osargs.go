package main

import "os"

// osArgs is os.Args; tests replace it.
var osArgs = func() []string { return os.Args }
