//! Lists read as they arrive: the body of an answer goes from the socket through a small
//! bounded channel to a reader on a blocking thread, which parses one element of the JSON
//! array at a time. Memory holds a few chunks and one element, whatever the list's size.

use std::io::{self, BufRead, Read};
use std::marker::PhantomData;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use monitis_core::failure::Failure;

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
                Error::Network(Failure::msg(format!(
                    "{action}: the answer broke off: {}",
                    super::describe(e)
                )))
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
    let done = done.map_err(|e| Error::other(format!("{action}: the reader failed"), e))?;
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
    /// What has arrived and is not parsed yet, from `at`: the rest of the last chunk,
    /// with the start of an element that the next chunk finishes.
    window: Vec<u8>,
    at: usize,
    /// The reader has no more.
    ended: bool,
    parsed: PhantomData<T>,
}

impl<T: DeserializeOwned, R: BufRead> Elements<T, R> {
    pub fn new(action: &'static str, reader: R) -> Elements<T, R> {
        Elements {
            action,
            reader,
            started: false,
            done: false,
            window: Vec::new(),
            at: 0,
            ended: false,
            parsed: PhantomData,
        }
    }

    fn unexpected(&self, what: impl std::fmt::Display) -> Error {
        unexpected(self.action, what)
    }

    /// Adds the reader's next chunk to the window (dropping what is parsed); false when
    /// the reader has no more.
    fn more(&mut self) -> Result<bool> {
        self.window.drain(..self.at);
        self.at = 0;
        let action = self.action;
        let chunk = self.reader.fill_buf().map_err(|e| unexpected(action, e))?;
        let n = chunk.len();
        self.window.extend_from_slice(chunk);
        self.reader.consume(n);
        self.ended = n == 0;
        Ok(!self.ended)
    }

    /// The next byte that is not white space, left unread.
    fn peek(&mut self) -> Result<Option<u8>> {
        loop {
            match self.window[self.at..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())
            {
                Some(i) => {
                    self.at += i;
                    return Ok(Some(self.window[self.at]));
                }
                None => {
                    self.at = self.window.len();
                    if !self.more()? {
                        return Ok(None);
                    }
                }
            }
        }
    }

    /// Parses the value that starts at `at`, where it lies: serde_json says where it
    /// ends, or that it runs on past what has arrived, and then the next chunk is added
    /// and the value parsed again (only the value that straddles two chunks is).
    fn value<V: DeserializeOwned>(&mut self) -> Result<V> {
        loop {
            let rest = &self.window[self.at..];
            let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<V>();
            match values.next() {
                // A value that ends where the window does may go on (a number cut in
                // two), unless nothing more comes.
                Some(Ok(value)) if values.byte_offset() < rest.len() || self.ended => {
                    self.at += values.byte_offset();
                    return Ok(value);
                }
                Some(Ok(_)) => {}
                Some(Err(e)) if e.is_eof() && !self.ended => {}
                Some(Err(e)) => return Err(self.unexpected(e)),
                None if self.ended => return Err(self.unexpected("the list ends early")),
                None => {}
            }
            self.more()?;
        }
    }

    fn step(&mut self) -> Result<Option<T>> {
        let next = self.peek()?;
        if !self.started {
            self.started = true;
            match next {
                Some(b'[') => self.at += 1,
                Some(b'{') => {
                    let value: serde_json::Value = self.value()?;
                    let text = value.to_string();
                    return Err(super::parse_response(self.action, 200, &text)
                        .err()
                        .unwrap_or_else(|| self.unexpected("an object, not a list")));
                }
                _ => return Err(self.unexpected("not a JSON list")),
            }
            if self.peek()? == Some(b']') {
                self.at += 1;
                return Ok(None);
            }
        } else {
            match next {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(None);
                }
                _ => return Err(self.unexpected("the list ends early")),
            }
        }
        self.value().map(Some)
    }
}

fn unexpected(action: &str, what: impl std::fmt::Display) -> Error {
    Error::failed(format!("{action}: unexpected answer from the API ({what})"))
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
    use monitis_core::protocol::codes::{ApiCode, ErrorCode};
    use monitis_core::protocol::model::Item;

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
    fn elements_split_across_reads_are_read_whole() {
        let text = r#"[{"code":"a,]}[{\"\\","quantity":1},{"code":"\\\"x\\","quantity":2}]"#;
        for capacity in [1, 2, 3, 5, 64] {
            let reader = io::BufReader::with_capacity(capacity, text.as_bytes());
            let items: Vec<Item> = (Elements::<Item, _>::new("orders", reader))
                .map(|i| i.unwrap())
                .collect();
            let codes: Vec<&str> = items.iter().map(|i| i.code.as_str()).collect();
            assert_eq!(codes, ["a,]}[{\"\\", "\\\"x\\"], "{capacity}");
            // A number cut between two reads is read whole, not as its first digits.
            let numbers = io::BufReader::with_capacity(capacity, " [ 12345 , 678]".as_bytes());
            let numbers: Vec<i64> = (Elements::<i64, _>::new("ids", numbers))
                .map(|i| i.unwrap())
                .collect();
            assert_eq!(numbers, [12345, 678], "{capacity}");
            let error = io::BufReader::with_capacity(
                capacity,
                r#"{"error":"nope","errorCode":7}"#.as_bytes(),
            );
            let error: Vec<_> = Elements::<Item, _>::new("orders", error).collect();
            assert!(matches!(&error[..], [Err(Error::Api { message, .. })] if message == "nope"));
            let cut = io::BufReader::with_capacity(capacity, r#"[{"code":"rum","quan"#.as_bytes());
            let cut: Vec<_> = Elements::<Item, _>::new("orders", cut).collect();
            assert!(
                matches!(&cut[..], [Err(e)] if e.to_string().contains("orders")),
                "{capacity}"
            );
        }
    }
}
