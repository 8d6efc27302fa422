import BaoCore
import Foundation

/// Runs async work to its end from synchronous code (a command's main thread, which waits),
/// giving back its result or rethrowing its error.
public enum AsyncWait {
    public static func result<T: Sendable>(of work: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Locked<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let value = try await work()
                outcome.update { $0 = .success(value) }
            } catch {
                outcome.update { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        // Set before the signal the wait above returned on.
        return try outcome.read { $0 ?? .failure(CancellationError()) }.get()
    }
}
