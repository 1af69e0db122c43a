//! Lists read as they arrive: the body of an answer goes from the socket through a small
//! bounded channel to a reader on a blocking thread, which parses one element of the JSON
//! array at a time. Memory holds a few chunks and one element, whatever the list's size.

use std::io::{self, BufRead, Read};
use std::marker::PhantomData;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

/// Chunks in flight between the socket and the parser.
const CHUNKS: usize = 16;

/// The body of `response` as a blocking reader, and the future that feeds it: run the
/// future on the async side while the reader is read on a blocking thread.
pub fn body(
    action: &'static str,
    mut response: reqwest::Response,
) -> (BodyReader, impl Future<Output = Result<()>>) {
    let (tx, rx) = tokio::sync::mpsc::channel::<bytes::Bytes>(CHUNKS);
    let pump = async move {
        loop {
            let chunk = response.chunk().await.map_err(|e| {
                Error::Other(format!(
                    "{action}: the answer broke off: {}",
                    super::describe(e)
                ))
            })?;
            match chunk {
                // The reader stopped (a closed stdout, an error): nothing more to read.
                Some(chunk) => {
                    if tx.send(chunk).await.is_err() {
                        return Ok(());
                    }
                }
                None => return Ok(()),
            }
        }
    };
    let reader = BodyReader {
        rx,
        chunk: bytes::Bytes::new(),
        at: 0,
    };
    (reader, pump)
}

/// Runs `work` on a blocking thread over the body of `response` as it arrives, and
/// returns what it returns. An answer that broke off is the error (it explains the parse
/// error it causes).
pub async fn read_with<R: Send + 'static>(
    action: &'static str,
    response: reqwest::Response,
    work: impl FnOnce(BodyReader) -> Result<R> + Send + 'static,
) -> Result<R> {
    let (body, pump) = body(action, response);
    let work = tokio::task::spawn_blocking(move || work(body));
    let (pumped, done) = tokio::join!(pump, work);
    let done = done.map_err(|e| Error::Other(format!("{action}: the reader failed: {e}")))?;
    pumped?;
    done
}

impl super::ApiClient {
    /// A list read as it arrives, one element at a time: 100,000 monitors never exist
    /// as the answer's text or as a tree of JSON values, only as the `T`s. A streamed
    /// read is sent once, so when it fails it is made again as a buffered [`read`]
    /// (`Client::read`), with that read's retries; a refusal then comes from that read.
    ///
    /// [`read`]: super::Client::read
    pub async fn read_list<T: DeserializeOwned + Send + 'static>(
        &self,
        action: &'static str,
        params: super::Params,
    ) -> Result<Vec<T>> {
        let streamed = match self.read_response(action, params.clone()).await {
            Ok(response) => {
                read_with(action, response, move |reader| {
                    Elements::<T, _>::new(action, reader).collect()
                })
                .await
            }
            Err(e) => Err(e),
        };
        match streamed {
            Ok(list) => Ok(list),
            Err(_) => self.read(action, params).await,
        }
    }
}

/// The body as it arrives, read in the chunks the socket gave (no copy into a buffer of
/// its own).
pub struct BodyReader {
    rx: tokio::sync::mpsc::Receiver<bytes::Bytes>,
    chunk: bytes::Bytes,
    at: usize,
}

impl Read for BodyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let chunk = self.fill_buf()?;
        let n = buf.len().min(chunk.len());
        buf[..n].copy_from_slice(&chunk[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for BodyReader {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.at == self.chunk.len() {
            match self.rx.blocking_recv() {
                Some(chunk) => (self.chunk, self.at) = (chunk, 0),
                None => break,
            }
        }
        Ok(&self.chunk[self.at..])
    }

    fn consume(&mut self, n: usize) {
        self.at = (self.at + n).min(self.chunk.len());
    }
}

/// The elements of a JSON array, parsed one at a time from `reader`. An object instead
/// of the array is the API's error, returned as such.
pub struct Elements<T, R> {
    action: &'static str,
    reader: R,
    started: bool,
    done: bool,
    /// The bytes of the element being parsed.
    element: Vec<u8>,
    parsed: PhantomData<T>,
}

impl<T: DeserializeOwned, R: BufRead> Elements<T, R> {
    pub fn new(action: &'static str, reader: R) -> Elements<T, R> {
        Elements {
            action,
            reader,
            started: false,
            done: false,
            element: Vec::new(),
            parsed: PhantomData,
        }
    }

    fn unexpected(&self, what: impl std::fmt::Display) -> Error {
        unexpected(self.action, what)
    }

    /// The next byte that is not white space, left unread.
    fn peek(&mut self) -> Result<Option<u8>> {
        loop {
            let action = self.action;
            let buf = self.reader.fill_buf().map_err(|e| unexpected(action, e))?;
            let Some(&byte) = buf.first() else {
                return Ok(None);
            };
            if !byte.is_ascii_whitespace() {
                return Ok(Some(byte));
            }
            self.reader.consume(1);
        }
    }

    fn step(&mut self) -> Result<Option<T>> {
        let next = self.peek()?;
        if !self.started {
            self.started = true;
            match next {
                Some(b'[') => self.reader.consume(1),
                Some(b'{') => {
                    let value: serde_json::Value = serde_json::from_reader(&mut self.reader)
                        .map_err(|e| self.unexpected(e))?;
                    let text = value.to_string();
                    return Err(super::parse_response(self.action, 200, &text)
                        .err()
                        .unwrap_or_else(|| self.unexpected("an object, not a list")));
                }
                _ => return Err(self.unexpected("not a JSON list")),
            }
            if self.peek()? == Some(b']') {
                self.reader.consume(1);
                return Ok(None);
            }
        } else {
            match next {
                Some(b',') => self.reader.consume(1),
                Some(b']') => {
                    self.reader.consume(1);
                    return Ok(None);
                }
                _ => return Err(self.unexpected("the list ends early")),
            }
        }
        let action = self.action;
        // An element whole in what the reader holds is parsed where it is; one that
        // runs on into the next chunk is gathered in `element` first.
        let buf = self.reader.fill_buf().map_err(|e| unexpected(action, e))?;
        let mut scan = Scan::default();
        if let Some(end) = scan.end(buf) {
            let parsed = serde_json::from_slice(&buf[..end]).map_err(|e| unexpected(action, e));
            self.reader.consume(end);
            return parsed.map(Some);
        }
        self.take_element(scan)?;
        serde_json::from_slice(&self.element)
            .map(Some)
            .map_err(|e| self.unexpected(e))
    }

    /// Moves the bytes of one element into `element`, up to the `,` or `]` that ends it
    /// (left unread), going on from `scan`, which has looked at what the reader holds.
    /// Parsing that slice is many times faster than parsing from the reader byte by byte.
    fn take_element(&mut self, mut scan: Scan) -> Result<()> {
        self.element.clear();
        let action = self.action;
        let buf = self.reader.fill_buf().map_err(|e| unexpected(action, e))?;
        self.element.extend_from_slice(buf);
        let held = buf.len();
        self.reader.consume(held);
        loop {
            let action = self.action;
            let buf = self.reader.fill_buf().map_err(|e| unexpected(action, e))?;
            if buf.is_empty() {
                return Err(unexpected(action, "the list ends early"));
            }
            let end = scan.end(buf);
            let taken = end.unwrap_or(buf.len());
            self.element.extend_from_slice(&buf[..taken]);
            self.reader.consume(taken);
            if end.is_some() {
                return Ok(());
            }
        }
    }
}

/// Where an element of a JSON list ends: the state of a scan over its bytes, outside
/// strings and nested lists or objects, which may go on over several chunks.
#[derive(Default)]
struct Scan {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl Scan {
    /// The offset in `buf` of the `,` or `]` that ends the element, if `buf` holds it.
    fn end(&mut self, buf: &[u8]) -> Option<usize> {
        let mut i = 0;
        while i < buf.len() {
            let byte = buf[i];
            if self.in_string {
                match byte {
                    _ if self.escaped => self.escaped = false,
                    b'\\' => self.escaped = true,
                    b'"' => self.in_string = false,
                    // Most of the bytes are text inside strings: on to its end.
                    _ => {
                        i += memchr::memchr2(b'"', b'\\', &buf[i..]).unwrap_or(buf.len() - i);
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            match byte {
                b'"' => self.in_string = true,
                b'{' | b'[' => self.depth += 1,
                b',' | b']' if self.depth == 0 => return Some(i),
                b'}' | b']' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            i += 1;
        }
        None
    }
}

fn unexpected(action: &str, what: impl std::fmt::Display) -> Error {
    Error::Other(format!("{action}: unexpected answer from the API ({what})"))
}

impl<T: DeserializeOwned, R: BufRead> Iterator for Elements<T, R> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        if self.done {
            return None;
        }
        let step = self.step();
        self.done = !matches!(step, Ok(Some(_)));
        step.transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::codes::{ApiCode, ErrorCode};
    use crate::protocol::model::Item;

    fn parse(text: &str) -> Vec<Result<Item>> {
        Elements::<Item, _>::new("orders", text.as_bytes()).collect()
    }

    #[test]
    fn elements_are_read_one_by_one_and_errors_are_the_apis() {
        let items = parse(r#" [ {"code":"rum","quantity":2} ,{"code":"x","quantity":0}] "#);
        let items: Vec<Item> = items.into_iter().map(|i| i.unwrap()).collect();
        assert_eq!(
            items,
            [
                Item {
                    code: "rum".into(),
                    quantity: 2
                },
                Item {
                    code: "x".into(),
                    quantity: 0
                }
            ]
        );
        assert!(parse("[]").is_empty());
        let error = parse(r#"{"error":"nope","errorCode":7}"#);
        assert!(
            matches!(&error[..], [Err(Error::Api { code: ApiCode::Known(ErrorCode::ClientForbidden), message })] if message == "nope")
        );
        let tricky = parse(r#"[{"code":"a,]}[{\"\\","quantity":1}]"#);
        assert_eq!(tricky[0].as_ref().unwrap().code, "a,]}[{\"\\");
        assert_eq!(tricky.len(), 1);
        let cut = parse(r#"[{"code":"rum","quantity":2},"#);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].as_ref().unwrap_err().to_string().contains("orders"));
        assert!(parse("42")[0].is_err());
    }

    #[test]
    fn strings_and_escapes_split_across_reads_are_whole() {
        let text = r#"[{"code":"a,]}[{\"\\","quantity":1},{"code":"\\\"x\\","quantity":2}]"#;
        for capacity in [1, 2, 3, 5, 64] {
            let reader = io::BufReader::with_capacity(capacity, text.as_bytes());
            let items: Vec<Item> = (Elements::<Item, _>::new("orders", reader))
                .map(|i| i.unwrap())
                .collect();
            let codes: Vec<&str> = items.iter().map(|i| i.code.as_str()).collect();
            assert_eq!(codes, ["a,]}[{\"\\", "\\\"x\\"], "{capacity}");
        }
    }
}
