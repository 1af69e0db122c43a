//! Answers written as they are read: a `monitors` list goes from SQLite's rows, on the
//! reader that runs the request, through a small bounded channel into the response body,
//! so that neither the list nor its text is ever held whole. The reader stays held while
//! the client takes the answer, so the request's time budget bounds that too: a client
//! that reads too slowly is cut off (its answer breaks off; the reader is free again).

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, Bytes};
use rusqlite::Connection;
use tokio::sync::{mpsc, oneshot};

use super::actions::{self, MonitorList};
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// The body goes out in chunks of about this size, at most `CHUNKS` of them waiting.
const CHUNK_BYTES: usize = 64 * 1024;
const CHUNKS: usize = 4;

/// One request's streamed body: made on the async side, written on the reader.
pub struct Streamed {
    /// Where the body goes once the rows are about to be read (the handler answers then).
    body: Mutex<Option<oneshot::Sender<Body>>>,
    runtime: tokio::runtime::Handle,
    budget: Duration,
}

impl Streamed {
    /// A stream for one request, and the body the handler answers with when it starts.
    /// Call from the async side.
    pub fn new(budget: Duration) -> (Arc<Streamed>, oneshot::Receiver<Body>) {
        let (tx, rx) = oneshot::channel();
        let streamed = Streamed {
            body: Mutex::new(Some(tx)),
            runtime: tokio::runtime::Handle::current(),
            budget,
        };
        (Arc::new(streamed), rx)
    }

    /// Writes `list` as the body, a JSON array, from `conn` (blocking: on the reader, in
    /// the read's transaction). The answer starts with the first full chunk, so an error
    /// before it (a list of one chunk, a budget already spent) is an ordinary error
    /// answer; an error after it breaks the body off.
    pub fn send(&self, conn: &Connection, list: &MonitorList) -> Result<(), Refusal> {
        let started = (self.body.lock().unwrap_or_else(PoisonError::into_inner))
            .take()
            .ok_or_else(|| actions::broken("a request streamed two bodies"))?;
        let (tx, rx) = mpsc::channel::<Bytes>(CHUNKS);
        let broken = Arc::new(AtomicBool::new(false));
        let ended = Arc::clone(&broken);
        // The chunks, then, if the reader failed, an error: the connection then ends
        // without the closing chunk, so the client sees a broken answer, never a short list.
        let chunks = futures_util::stream::unfold(Some(rx), move |rx| {
            let ended = Arc::clone(&ended);
            async move {
                let mut rx = rx?;
                match rx.recv().await {
                    Some(bytes) => Some((Ok(bytes), Some(rx))),
                    None if ended.load(Ordering::Acquire) => {
                        Some((Err(io::Error::other("the answer broke off")), None))
                    }
                    None => None,
                }
            }
        });
        let mut out = Sending {
            head: Some((started, Body::from_stream(chunks))),
            tx,
            runtime: &self.runtime,
            deadline: tokio::time::Instant::now() + self.budget,
        };
        let mut chunk = Vec::with_capacity(CHUNK_BYTES + 4096);
        chunk.push(b'[');
        let (mut first, mut failed) = (true, None);
        let read = list.rows(conn, |row| {
            if !std::mem::take(&mut first) {
                chunk.push(b',');
            }
            chunk.extend_from_slice(row.as_bytes());
            if chunk.len() >= CHUNK_BYTES {
                let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_BYTES + 4096));
                if let Err(refusal) = out.put(full) {
                    failed = Some(refusal);
                    return false;
                }
            }
            true
        });
        let result = match (read, failed) {
            (Err(refusal), _) | (Ok(()), Some(refusal)) => Err(refusal),
            (Ok(()), None) => {
                chunk.push(b']');
                out.put(chunk)
            }
        };
        if result.is_err() {
            broken.store(true, Ordering::Release);
        }
        result
    }
}

/// The sending side of one streamed body.
struct Sending<'a> {
    /// The handler's end and the body, until the first chunk is ready.
    head: Option<(oneshot::Sender<Body>, Body)>,
    tx: mpsc::Sender<Bytes>,
    runtime: &'a tokio::runtime::Handle,
    deadline: tokio::time::Instant,
}

impl Sending<'_> {
    /// Hands a chunk to the body, waiting (within the budget) while the client is behind.
    fn put(&mut self, bytes: Vec<u8>) -> Result<(), Refusal> {
        if let Some((started, body)) = self.head.take() {
            started.send(body).map_err(|_| gone())?;
        }
        let sent = tokio::time::timeout_at(self.deadline, self.tx.send(Bytes::from(bytes)));
        match self.runtime.block_on(sent) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(gone()),
            Err(_) => Err(Refusal::new(
                ErrorCode::TimeBudget,
                "the answer was not read within the request's time budget",
            )),
        }
    }
}

/// The client is gone (nobody reads the body any more).
fn gone() -> Refusal {
    Refusal::new(ErrorCode::Unavailable, "the client closed the connection")
}
