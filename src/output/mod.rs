//! The output layer: the only code that writes to stdout.
