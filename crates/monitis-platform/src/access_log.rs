//! The access log: one line per request, written on a thread of its own so that a slow
//! stderr or disk never stalls a request.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};

/// Access log lines waiting for the writer thread; past this many, lines are dropped
/// rather than let a slow stderr or disk stall the requests.
const LOG_BACKLOG: usize = 4096;

/// The sending end of the access log.
pub struct AccessLog {
    lines: SyncSender<String>,
    dropped: AtomicU64,
}

impl AccessLog {
    /// Writes the lines to `out` on a thread of its own.
    pub fn to(mut out: Box<dyn Write + Send>) -> AccessLog {
        let (lines, received) = sync_channel::<String>(LOG_BACKLOG);
        std::thread::spawn(move || {
            for line in received {
                // A full disk or a closed stderr must not fail the requests served.
                let _ = out.write_all(line.as_bytes()).and_then(|()| out.flush());
            }
        });
        AccessLog {
            lines,
            dropped: AtomicU64::new(0),
        }
    }

    pub fn write(&self, line: String) {
        if self.lines.try_send(line).is_err() {
            let dropped = self.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if dropped.is_power_of_two() {
                eprintln!("sandbox: the access log cannot keep up; {dropped} line(s) dropped");
            }
        }
    }
}
