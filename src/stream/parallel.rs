//! Batches of NDJSON worked on several std threads, the results in input
//! order.

use std::collections::BTreeMap;
use std::io::{self, BufRead};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use super::{Batch, Batches};

/// The work done on each batch.
type Work<T> = Arc<dyn Fn(Batch) -> T + Send + Sync>;

/// What a worker sends back: the batch's number and its result, or the
/// panic of the work, to be resumed on the iterating thread.
type Done<T> = (u64, std::thread::Result<T>);

impl<R: BufRead> Batches<R> {
    /// Hands each batch to `work` on `jobs` threads and yields the results
    /// in input order. The batches are cut on the thread that iterates,
    /// as it asks for results, and at most `2 * jobs + 2` of them are cut
    /// and not yet yielded, so memory stays bounded whatever the length of
    /// the input and the order the threads finish in. With one job there
    /// are no threads: each batch is worked on the iterating thread.
    /// Dropping the iterator stops the threads (after the batches they
    /// hold) and joins them; a panic in `work` is resumed on the iterating
    /// thread.
    ///
    /// ```
    /// use structured_news::stream::Batches;
    /// use structured_news::Lints;
    ///
    /// let ok = r#"{"format_version":"2.0","id":"a","language":"en","body":"x"}"#;
    /// let input = format!("{ok}\n{{\"id\": 1}}\n").repeat(100);
    /// let lints = Lints::new();
    /// let valid: Vec<bool> = Batches::new(input.as_bytes(), 256)
    ///     .map_in_parallel(2, move |batch| {
    ///         batch.documents(&lints).map(|doc| doc.result.is_ok()).collect::<Vec<_>>()
    ///     })?
    ///     .flatten()
    ///     .collect();
    /// assert_eq!(valid.len(), 200);
    /// assert!(valid.chunks(2).all(|pair| pair == [true, false]));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    ///
    /// # Errors
    /// When a thread cannot be started.
    pub fn map_in_parallel<T, F>(self, jobs: usize, work: F) -> io::Result<InInputOrder<R, T>>
    where
        T: Send + 'static,
        F: Fn(Batch) -> T + Send + Sync + 'static,
    {
        let jobs = jobs.max(1);
        let slots = jobs.saturating_mul(2).saturating_add(2);
        let work: Work<T> = Arc::new(work);
        let workers = if jobs > 1 {
            Some(Workers::start(jobs, slots, &work)?)
        } else {
            None
        };
        Ok(InInputOrder {
            batches: self,
            work,
            workers,
            slots,
            sent: 0,
            next: 0,
            pending: BTreeMap::new(),
        })
    }
}

/// The results of [`Batches::map_in_parallel`], in input order.
pub struct InInputOrder<R, T> {
    batches: Batches<R>,
    work: Work<T>,
    workers: Option<Workers<T>>,
    slots: usize,
    /// Batches handed to the workers, and the next result to yield.
    sent: u64,
    next: u64,
    /// Results that came before their turn.
    pending: BTreeMap<u64, T>,
}

impl<R, T> std::fmt::Debug for InInputOrder<R, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InInputOrder")
            .field(
                "threads",
                &self.workers.as_ref().map_or(0, |w| w.handles.len()),
            )
            .field("sent", &self.sent)
            .field("next", &self.next)
            .finish_non_exhaustive()
    }
}

impl<R: BufRead, T> Iterator for InInputOrder<R, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let Some(workers) = &self.workers else {
            let batch = self.batches.next()?;
            return Some((self.work)(batch));
        };
        let sender = workers.batches.as_ref()?;
        while self.sent - self.next < self.slots as u64 {
            let Some(batch) = self.batches.next() else {
                break;
            };
            if sender.send((self.sent, batch)).is_err() {
                // Every worker is gone, which only a panic does; its
                // result says so below.
                break;
            }
            self.sent += 1;
        }
        if self.next == self.sent {
            return None;
        }
        loop {
            if let Some(result) = self.pending.remove(&self.next) {
                self.next += 1;
                return Some(result);
            }
            match workers.results.recv() {
                Ok((seq, Ok(result))) => {
                    self.pending.insert(seq, result);
                }
                Ok((_, Err(panicked))) => panic::resume_unwind(panicked),
                // Every worker has stopped before its batch was done: no
                // result is coming.
                Err(_) => return None,
            }
        }
    }
}

impl<R, T> Drop for InInputOrder<R, T> {
    fn drop(&mut self) {
        if let Some(mut workers) = self.workers.take() {
            // Closing the batches ends each worker's loop; a worker still
            // sending a result finds the results closed.
            workers.batches = None;
            let Workers {
                results, handles, ..
            } = workers;
            drop(results);
            for handle in handles {
                // A worker's panic was sent as a result, not left to join.
                let _ = handle.join();
            }
        }
    }
}

/// The worker threads and their channels.
struct Workers<T> {
    batches: Option<SyncSender<(u64, Batch)>>,
    results: Receiver<Done<T>>,
    handles: Vec<JoinHandle<()>>,
}

impl<T: Send + 'static> Workers<T> {
    fn start(jobs: usize, slots: usize, work: &Work<T>) -> io::Result<Workers<T>> {
        let (batch_tx, batch_rx) = sync_channel::<(u64, Batch)>(slots);
        let (result_tx, result_rx) = sync_channel::<Done<T>>(slots);
        let batch_rx = Arc::new(Mutex::new(batch_rx));
        let mut handles = Vec::with_capacity(jobs);
        for n in 0..jobs {
            let batch_rx = Arc::clone(&batch_rx);
            let result_tx = result_tx.clone();
            let work = Arc::clone(work);
            let handle = std::thread::Builder::new()
                .name(format!("structured-news-{n}"))
                .spawn(move || loop {
                    // One worker waits for a batch while the others wait
                    // for the lock.
                    let received = match batch_rx.lock() {
                        Ok(receiver) => receiver.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, batch)) = received else {
                        return;
                    };
                    let result = panic::catch_unwind(AssertUnwindSafe(|| work(batch)));
                    let panicked = result.is_err();
                    if result_tx.send((seq, result)).is_err() || panicked {
                        return;
                    }
                });
            match handle {
                Ok(handle) => handles.push(handle),
                Err(e) => {
                    // Stop the threads already started.
                    drop(batch_tx);
                    drop(result_rx);
                    for handle in handles {
                        let _ = handle.join();
                    }
                    return Err(e);
                }
            }
        }
        Ok(Workers {
            batches: Some(batch_tx),
            results: result_rx,
            handles,
        })
    }
}
