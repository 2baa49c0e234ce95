//! The wire: HTTP/1.1 connections with hyper on a small tokio runtime. Every
//! connection is its own task, so a slow or stalled reader holds only its own
//! memory, never a thread another request needs. Request headers are limited to
//! [`MAX_HEADER_BYTES`] (hyper answers 431 beyond it) and must arrive within
//! [`HEADER_TIMEOUT`]; at most [`MAX_CONNECTIONS`] are open at once. The answers
//! themselves come from [`super::http::handle`], which is pure.

use std::convert::Infallible;
use std::io::Write;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full};
use hyper::body::{Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{mpsc, Semaphore};

use super::http::{self, Body, Reply};
use super::Shared;

/// Largest request head (request line and headers) accepted.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// How long a client may take to send its request head.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Open connections at most; more wait in the listen queue.
pub const MAX_CONNECTIONS: usize = 256;

type Out = BoxBody<Bytes, Infallible>;

/// Accept connections until the runtime shuts down.
pub async fn accept(listener: std::net::TcpListener, shared: Arc<Shared>, check_host: bool) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = slots.clone().acquire_owned().await else {
            return;
        };
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            let svc = service_fn(move |rq| {
                let shared = Arc::clone(&shared);
                async move { Ok::<_, Infallible>(answer(&rq, &shared, check_host)) }
            });
            let _ = http1::Builder::new()
                .max_buf_size(MAX_HEADER_BYTES)
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), svc)
                .await;
            drop(permit);
        });
    }
}

/// One request → one response.
fn answer(rq: &Request<Incoming>, shared: &Shared, check_host: bool) -> Response<Out> {
    let header = |name: &str| {
        rq.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let method = rq.method().as_str();
    let target = rq
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .filter(|_| rq.uri().scheme().is_none())
        .unwrap_or_else(|| rq.uri().to_string());
    let reply = if check_host && !http::host_allowed(header("host").as_deref()) {
        http::bad_host()
    } else {
        let site = shared.site();
        http::handle(&site, method, &target, header("range").as_deref())
    };
    let events = matches!(reply.body, Body::Events) && method == "GET";
    let Reply {
        status,
        headers,
        body,
    } = reply;
    let body: Out = match body {
        Body::Events if events => {
            let (tx, rx) = mpsc::unbounded_channel();
            shared.hub.add(Box::new(EventSender(tx)));
            EventBody(rx).boxed()
        }
        Body::Events => Full::new(Bytes::new()).boxed(),
        Body::Owned(v) => Full::new(Bytes::from(v)).boxed(),
        Body::File(data, range) => {
            Full::new(Bytes::from_owner(Shared64(data)).slice(range)).boxed()
        }
    };
    let mut resp = Response::builder().status(status);
    for (name, value) in &headers {
        resp = resp.header(*name, value.as_str());
    }
    resp.body(body).unwrap_or_else(|_| {
        let mut r = Response::new(Full::new(Bytes::from_static(b"internal error\n")).boxed());
        *r.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}

/// A built file's bytes, shared with the snapshot (not copied).
struct Shared64(Arc<Vec<u8>>);

impl AsRef<[u8]> for Shared64 {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// The hub's side of an open event stream: what it writes goes to the tab.
struct EventSender(mpsc::UnboundedSender<Bytes>);

impl Write for EventSender {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .send(Bytes::copy_from_slice(buf))
            .map(|_| buf.len())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::BrokenPipe))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if self.0.is_closed() {
            Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
        } else {
            Ok(())
        }
    }
}

/// The tab's side: a response body that never ends while the hub writes.
struct EventBody(mpsc::UnboundedReceiver<Bytes>);

impl hyper::body::Body for EventBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|m| m.map(|b| Ok(Frame::data(b))))
    }
}
