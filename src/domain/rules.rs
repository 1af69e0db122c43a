//! The platform rules R1–R9 as pure functions (filled in by the platform work).
