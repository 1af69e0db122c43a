//! The connection loop: hyper's HTTP/1 server with the deadlines axum::serve does not
//! expose. A connection must send its headers within the header deadline (which is also
//! the idle timeout between requests on a kept-alive connection); at most
//! `max_connections` are open at once (more wait in the kernel's backlog, using no
//! descriptor); on shutdown, connections get a grace period to finish, then are dropped.
//! The few answers hyper writes by itself get the protocol's JSON envelope (`Envelopes`).

use std::collections::HashMap;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, oneshot};
use tokio::task::JoinSet;
use tower::ServiceExt;

use monitis_core::protocol::codes::ErrorCode;
use monitis_core::protocol::model::ApiErrorBody;

/// hyper's own buffer for a request head; heads past `http::MAX_HEAD_BYTES` but under
/// this get a JSON 414/431 from the router, larger ones (or with more than
/// `MAX_HEADER_FIELDS`) a JSON 431 through `Envelopes`, and a closed connection.
pub const MAX_BUF_BYTES: usize = 64 * 1024;
/// hyper's limit on the number of header fields in a request head (its default).
pub const MAX_HEADER_FIELDS: usize = 100;

/// Each source address may hold this share of `max_connections` (at least one) once the
/// slots run short (fewer than a quarter free): a flood of half-sent heads from a few
/// addresses then leaves the last slots to everyone else, while a single busy client
/// (a CI job, a proxy) may use most of them when nobody else needs them.
pub const CONNECTIONS_PER_ADDRESS_DIVISOR: usize = 8;
/// Slots short means fewer than this share of them free.
pub const SLOTS_RESERVE_DIVISOR: usize = 4;

/// Open and parked connections per source address.
struct PerAddress {
    share: usize,
    reserve: usize,
    slots: Arc<Semaphore>,
    open: Mutex<HashMap<IpAddr, (usize, usize)>>,
    /// Told when a connection closes: parked ones look again.
    freed: Notify,
}

/// One open connection of an address, counted until dropped.
struct Counted {
    addresses: Arc<PerAddress>,
    ip: IpAddr,
}

/// One parked connection of an address, counted until dropped.
struct Parked {
    addresses: Arc<PerAddress>,
    ip: IpAddr,
}

impl PerAddress {
    fn counts(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, (usize, usize)>> {
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts a connection of `ip`, or refuses it when slots are short and `ip` holds its
    /// share.
    fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Counted> {
        let short = self.slots.available_permits() < self.reserve;
        let mut counts = self.counts();
        let (open, _) = counts.entry(ip).or_default();
        if short && *open >= self.share {
            return None;
        }
        *open += 1;
        Some(Counted {
            addresses: Arc::clone(self),
            ip,
        })
    }

    /// Parks a connection of `ip` that may not be served yet (holding no slot meanwhile),
    /// or refuses it when its address has as many parked as its share.
    fn park(self: &Arc<Self>, ip: IpAddr) -> Option<Parked> {
        let mut counts = self.counts();
        let (_, parked) = counts.entry(ip).or_default();
        if *parked >= self.share {
            return None;
        }
        *parked += 1;
        Some(Parked {
            addresses: Arc::clone(self),
            ip,
        })
    }

    fn forget(&self, ip: IpAddr, open: usize, parked: usize) {
        let mut counts = self.counts();
        if let Some(entry) = counts.get_mut(&ip) {
            entry.0 -= open;
            entry.1 -= parked;
            if *entry == (0, 0) {
                counts.remove(&ip);
            }
        }
    }

    /// A slot and the count of a connection of `ip`: at once when it may be served, else
    /// once a connection closes and it may, within `limit`; None when it may not.
    async fn admission(
        self: &Arc<Self>,
        ip: IpAddr,
        slot: OwnedSemaphorePermit,
        limit: Duration,
    ) -> Option<(OwnedSemaphorePermit, Counted)> {
        if let Some(counted) = self.admit(ip) {
            return Some((slot, counted));
        }
        drop(slot);
        let _parked = self.park(ip)?;
        let admitted = async {
            loop {
                let freed = self.freed.notified();
                tokio::pin!(freed);
                freed.as_mut().enable();
                if let Some(counted) = self.admit(ip) {
                    let slot = Arc::clone(&self.slots)
                        .acquire_owned()
                        .await
                        .expect("the semaphore is never closed");
                    return (slot, counted);
                }
                freed.await;
            }
        };
        tokio::time::timeout(limit, admitted).await.ok()
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.addresses.forget(self.ip, 1, 0);
        self.addresses.freed.notify_waiters();
    }
}

impl Drop for Parked {
    fn drop(&mut self) {
        self.addresses.forget(self.ip, 0, 1);
    }
}

/// The connection limits of `ServerOptions`.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: Duration,
    pub max_connections: usize,
    pub shutdown_grace: Duration,
}

pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    mut stop: oneshot::Receiver<()>,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(MAX_BUF_BYTES)
        .max_headers(MAX_HEADER_FIELDS);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let addresses = Arc::new(PerAddress {
        share: (limits.max_connections / CONNECTIONS_PER_ADDRESS_DIVISOR).max(1),
        reserve: limits.max_connections / SLOTS_RESERVE_DIVISOR,
        slots: Arc::clone(&slots),
        open: Mutex::new(HashMap::new()),
        freed: Notify::new(),
    });
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot.expect("the semaphore is never closed"),
            _ = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of descriptors or a connection reset before it was accepted:
                    // keep serving the connections there are.
                    eprintln!("sandbox: cannot accept a connection: {err}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        // Without it, the last small write of a streamed answer (the closing chunk) waits
        // for the client's delayed ACK: 40 ms added to a list of a few monitors.
        if let Err(err) = stream.set_nodelay(true) {
            eprintln!("sandbox: cannot set TCP_NODELAY on a connection: {err}");
        }
        let service = router
            .clone()
            .map_request(move |mut req: hyper::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
        let connection = graceful.watch(http.serve_connection(
            TokioIo::new(Envelopes::new(stream)),
            TowerToHyperService::new(service),
        ));
        let addresses = Arc::clone(&addresses);
        let header_timeout = limits.header_timeout;
        connections.spawn(async move {
            // When slots run short, a connection of an address past its share waits, parked
            // and holding no slot, until one of that address's closes (closed if none does
            // within the head deadline): that address alone waits.
            let Some(admitted) = addresses.admission(peer.ip(), slot, header_timeout).await else {
                return;
            };
            // A client that vanishes or times out is not the server's error.
            let _ = connection.await;
            drop(admitted);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(limits.shutdown_grace) => {
            eprintln!(
                "sandbox: {} connection(s) still open after the {} s grace period; closing them",
                connections.len(),
                limits.shutdown_grace.as_secs_f64()
            );
        }
    }
    connections.shutdown().await;
    Ok(())
}

/// hyper answers a request head it cannot take by itself, before the router sees it: too
/// large (past `MAX_BUF_BYTES` or `MAX_HEADER_FIELDS`: 431), a target past 64 KiB (414)
/// or malformed (400), each as a head with `content-length: 0` and no body, and then
/// closes the connection. No answer of the router is like that (every error of ours has
/// the JSON envelope, with its content type), so this wrapper of the connection knows
/// hyper's head when it is written and sends the envelope in its place. hyper still
/// enforces the limits and deadlines; only the answer's bytes change.
struct Envelopes<S> {
    inner: S,
    /// The envelope and how much of it is written. Once set, hyper's own bytes are
    /// dropped: hyper closes the connection after its answer.
    replaced: Option<(Vec<u8>, usize)>,
}

impl<S: AsyncWrite + Unpin> Envelopes<S> {
    fn new(inner: S) -> Self {
        Envelopes {
            inner,
            replaced: None,
        }
    }

    /// Writes what is left of the envelope, if there is one.
    fn poll_envelope(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let Some((bytes, written)) = &mut self.replaced else {
            return Poll::Ready(Ok(()));
        };
        while *written < bytes.len() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &bytes[*written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *written += n;
        }
        Poll::Ready(Ok(()))
    }

    /// Takes `written` (all hyper writes now) in place of hyper's bytes when it is one
    /// of hyper's own answers or comes after one.
    fn poll_replacing(
        &mut self,
        cx: &mut Context<'_>,
        written: &[u8],
        total: usize,
    ) -> Option<Poll<io::Result<usize>>> {
        if self.replaced.is_none() {
            self.replaced = Some((envelope_for(written)?, 0));
        }
        Some(self.poll_envelope(cx).map_ok(|()| total))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Envelopes<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Envelopes<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.poll_replacing(cx, buf, buf.len()) {
            Some(poll) => poll,
            None => Pin::new(&mut self.inner).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        // hyper's answer is its head alone, in one slice.
        let mut filled = bufs.iter().filter(|b| !b.is_empty());
        let (first, rest) = (filled.next(), filled.next());
        let total = bufs.iter().map(|b| b.len()).sum();
        let replaced = match (first, rest) {
            (Some(head), None) => self.poll_replacing(cx, head, total),
            _ if self.replaced.is_some() => self.poll_replacing(cx, &[], total),
            _ => None,
        };
        match replaced {
            Some(poll) => poll,
            None => Pin::new(&mut self.inner).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_envelope(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_envelope(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The JSON answer to send instead of `written`, when `written` is one of hyper's own
/// answers to a head it could not take: a whole head with status 400, 414 or 431,
/// `content-length: 0` and no content type.
fn envelope_for(written: &[u8]) -> Option<Vec<u8>> {
    // Every write of every answer comes here: let our heads and bodies (a streamed list's
    // 64 KiB chunks among them) pass on a look at a few bytes, before any parsing.
    let short_head = written.len() <= 512 && written.ends_with(b"\r\n\r\n");
    if !short_head || !matches!(written.get(8..13), Some(b" 400 " | b" 414 " | b" 431 ")) {
        return None;
    }
    let head = std::str::from_utf8(written).ok()?;
    let status = head
        .strip_prefix("HTTP/1.1 ")
        .or_else(|| head.strip_prefix("HTTP/1.0 "))?
        .get(..3)?;
    let fields = head.strip_suffix("\r\n\r\n")?.to_ascii_lowercase();
    let fields: Vec<&str> = fields.split("\r\n").skip(1).collect();
    if !fields.contains(&"content-length: 0")
        || fields.iter().any(|f| f.starts_with("content-type:"))
    {
        return None;
    }
    let (line, code, message) = match status {
        "431" => (
            "431 Request Header Fields Too Large",
            ErrorCode::BodyTooLarge,
            format!(
                "request head larger than {MAX_BUF_BYTES} bytes or with more than {MAX_HEADER_FIELDS} header fields: send less in headers"
            ),
        ),
        "414" => (
            "414 URI Too Long",
            ErrorCode::BodyTooLarge,
            "request target too long: send the parameters in a POST body".to_string(),
        ),
        "400" => (
            "400 Bad Request",
            ErrorCode::BadParameter,
            "malformed HTTP request: its request line or a header field could not be parsed"
                .to_string(),
        ),
        _ => return None,
    };
    let body = serde_json::to_string(&ApiErrorBody {
        error: message,
        error_code: code.number(),
    })
    .ok()?;
    Some(
        format!(
            "HTTP/1.1 {line}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypers_own_answers_become_envelopes() {
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Wed, 02 Dec 2026 01:30:00 GMT\r\n\r\n";
        let answer = String::from_utf8(envelope_for(bare).unwrap()).unwrap();
        let body = r#"{"error":"request head larger than 65536 bytes or with more than 100 header fields: send less in headers","errorCode":12}"#;
        assert_eq!(
            answer,
            format!(
                "HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            )
        );
        let malformed = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n";
        let answer = String::from_utf8(envelope_for(malformed).unwrap()).unwrap();
        assert!(
            answer.starts_with("HTTP/1.1 400 Bad Request\r\n"),
            "{answer}"
        );
        assert!(answer.ends_with(r#""errorCode":1}"#), "{answer}");
    }

    #[test]
    fn the_routers_answers_pass_unchanged() {
        for written in [
            // Our own JSON refusals, with a content type and a body.
            &b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\ncontent-length: 60\r\n\r\n"[..],
            b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n",
            // Other statuses, a head with its body after it, a body alone.
            b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n",
            b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n{}",
            b"{\"error\":\"x\",\"errorCode\":1}",
        ] {
            assert_eq!(envelope_for(written), None, "{}", String::from_utf8_lossy(written));
        }
    }
}
