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
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<u8>>(CHUNKS);
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
                    if tx.send(chunk.to_vec()).await.is_err() {
                        return Ok(());
                    }
                }
                None => return Ok(()),
            }
        }
    };
    let reader = BodyReader {
        rx,
        chunk: Vec::new(),
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
    work: impl FnOnce(io::BufReader<BodyReader>) -> Result<R> + Send + 'static,
) -> Result<R> {
    let (body, pump) = body(action, response);
    let work =
        tokio::task::spawn_blocking(move || work(io::BufReader::with_capacity(1 << 16, body)));
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

pub struct BodyReader {
    rx: tokio::sync::mpsc::Receiver<Vec<u8>>,
    chunk: Vec<u8>,
    at: usize,
}

impl Read for BodyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.chunk.len() {
            match self.rx.blocking_recv() {
                Some(chunk) => (self.chunk, self.at) = (chunk, 0),
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
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
        self.take_element()?;
        serde_json::from_slice(&self.element)
            .map(Some)
            .map_err(|e| self.unexpected(e))
    }

    /// Moves the bytes of one element into `element`: up to the `,` or `]` that ends it
    /// (left unread), outside strings and nested lists or objects. Parsing that slice is
    /// many times faster than parsing from the reader byte by byte.
    fn take_element(&mut self) -> Result<()> {
        self.element.clear();
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        loop {
            let action = self.action;
            let buf = self.reader.fill_buf().map_err(|e| unexpected(action, e))?;
            if buf.is_empty() {
                return Err(unexpected(action, "the list ends early"));
            }
            let mut end = None;
            for (i, &byte) in buf.iter().enumerate() {
                if in_string {
                    match byte {
                        _ if escaped => escaped = false,
                        b'\\' => escaped = true,
                        b'"' => in_string = false,
                        _ => {}
                    }
                    continue;
                }
                match byte {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b',' | b']' if depth == 0 => {
                        end = Some(i);
                        break;
                    }
                    b'}' | b']' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            let taken = end.unwrap_or(buf.len());
            self.element.extend_from_slice(&buf[..taken]);
            self.reader.consume(taken);
            if end.is_some() {
                return Ok(());
            }
        }
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
}
