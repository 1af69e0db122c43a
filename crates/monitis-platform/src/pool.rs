//! The sandbox's SQLite connections: one writer (SQLite allows one anyway, and nothing
//! then sees "database is locked") and a small pool of readers, which WAL lets run beside
//! the writer, so that one tenant's long change never holds another's read. Every request
//! has a time budget, enforced by SQLite's progress handler.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rusqlite::{Connection, TransactionBehavior};
use tokio::sync::Semaphore;

use super::auth::internal;
use super::store::{self, StoreError};
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// SQLite virtual-machine steps between two looks at the clock.
const STEPS_PER_CHECK: i32 = 1000;

/// A connection whose statements are interrupted past the deadline of the request.
struct Budgeted {
    conn: Connection,
    /// Microseconds after `Databases::epoch`; 0 means no request is running.
    deadline: Arc<AtomicU64>,
}

impl Budgeted {
    fn new(conn: Connection, epoch: Instant) -> Budgeted {
        let deadline = Arc::new(AtomicU64::new(0));
        let watched = Arc::clone(&deadline);
        conn.progress_handler(
            STEPS_PER_CHECK,
            Some(move || {
                let at = watched.load(Ordering::Relaxed);
                at != 0 && micros_since(epoch) > at
            }),
        );
        Budgeted { conn, deadline }
    }
}

fn micros_since(epoch: Instant) -> u64 {
    u64::try_from(epoch.elapsed().as_micros()).unwrap_or(u64::MAX)
}

pub struct Databases {
    writer: Mutex<Budgeted>,
    readers: Mutex<Vec<Budgeted>>,
    /// One permit per reader, so that a read waits (asynchronously) for a free one.
    free_readers: Semaphore,
    epoch: Instant,
    budget: Duration,
}

impl Databases {
    /// Opens the writer and `readers` read-only connections on the database at `path`.
    pub fn open(path: &Path, readers: usize, budget: Duration) -> Result<Databases, StoreError> {
        let epoch = Instant::now();
        let writer = Budgeted::new(store::open(path)?, epoch);
        let readers = (0..readers)
            .map(|_| {
                let conn = store::open(path)?;
                conn.pragma_update(None, "query_only", true)
                    .map_err(StoreError::failed("open a reader on", path))?;
                Ok(Budgeted::new(conn, epoch))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Databases {
            writer: Mutex::new(writer),
            free_readers: Semaphore::new(readers.len()),
            readers: Mutex::new(readers),
            epoch,
            budget,
        })
    }

    /// Runs `f` on `budgeted` in one transaction within the time budget; an error
    /// (a refusal, or the budget running out) rolls everything back.
    fn transact<T>(
        &self,
        budgeted: &mut Budgeted,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Connection) -> Result<T, Refusal>,
    ) -> Result<T, Refusal> {
        let deadline = micros_since(self.epoch)
            .saturating_add(u64::try_from(self.budget.as_micros()).unwrap_or(u64::MAX))
            .max(1);
        budgeted.deadline.store(deadline, Ordering::Relaxed);
        let result = (|| {
            let tx = budgeted
                .conn
                .transaction_with_behavior(behavior)
                .map_err(internal)?;
            let out = f(&tx)?;
            tx.commit().map_err(internal)?;
            Ok(out)
        })();
        budgeted.deadline.store(0, Ordering::Relaxed);
        result
    }

    /// The time budget of one request.
    pub fn budget(&self) -> Duration {
        self.budget
    }

    /// A change: on the writer, in an immediate transaction. Blocking.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, Refusal>,
    ) -> Result<T, Refusal> {
        let mut writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        self.transact(&mut writer, TransactionBehavior::Immediate, f)
    }

    /// A read: on a free reader, in one snapshot, off the async threads.
    pub async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Connection) -> Result<T, Refusal> + Send + 'static,
    ) -> Result<T, Refusal> {
        let _permit = self
            .free_readers
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let dbs = Arc::clone(self);
        super::blocking::blocking(move || {
            let mut reader = dbs
                .readers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop()
                .ok_or_else(|| Refusal::new(ErrorCode::Internal, "no free database reader"))?;
            let out = dbs.transact(&mut reader, TransactionBehavior::Deferred, f);
            dbs.readers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(reader);
            out
        })
        .await
    }
}
