//! Large blocks go back to the system when freed. glibc serves a large allocation with
//! mmap, but after one is freed it raises its mmap threshold to that size and serves the
//! next ones from the heap, where freed blocks stay: the Argon2 slots' 19 MiB blocks then
//! piled up (400 parallel logins left the server at 3.5 GB). A fixed threshold keeps every
//! block of 1 MiB or more mapped on its own, and unmapped when freed.

/// Allocations of this size or more are mapped on their own.
const MMAP_THRESHOLD: usize = 1 << 20;

/// Fixes the allocator's mmap threshold, once per process (a no-op off glibc).
pub fn release_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: mallopt only sets an allocator parameter; the value is a valid size.
            let set =
                unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD as libc::c_int) };
            if set != 1 {
                eprintln!("sandbox: could not fix the allocator's mmap threshold");
            }
        });
    }
}
