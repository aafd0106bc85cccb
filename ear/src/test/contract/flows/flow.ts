// What both flows share: the server's address, steps that are timed and named in a failure, and the reading of a
// refusal. A refusal is read with the types of the client that made the call, handed in as its module: each audience's
// client has its own ResponseError and ProblemDetails, and a flow uses only its own.
import assert from 'node:assert/strict';

/** The server the IT started (ContractTools puts its address in the environment). */
export function baseUrl(): string {
  const url = process.env.ANLIEGEN_BASE_URL;
  assert.ok(url, 'ANLIEGEN_BASE_URL names the server');
  return url;
}

/**
 * A value the server must have sent. The document names no property of an answer as required, so the generated models
 * type every one as optional: a flow checks that it came, rather than casting the question away.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  assert.ok(value !== undefined && value !== null, `the answer has no ${what}`);
  return value;
}

/** One step of a flow: prints its time, and a failure in it names it before the step's own message. */
export async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await action();
    console.log(`  ${name}: ${Math.round(performance.now() - started)} ms`);
    return result;
  } catch (e) {
    throw new Error(`at ${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** Runs a flow; its first failure is printed and ends the process with 1, which fails the IT. */
export async function run(name: string, flow: () => Promise<string>): Promise<void> {
  const started = performance.now();
  try {
    const outcome = await flow();
    console.log(`${name} flow: ${outcome} in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    console.log(`${name} flow failed: ${e instanceof Error ? e.message : String(e)}`);
    // the failed assertion's or the client's error, and what caused it in turn (a FetchError's refused connection)
    for (let cause = e instanceof Error ? e.cause : undefined; cause instanceof Error; cause = cause.cause) {
      console.log(cause.stack);
    }
    process.exitCode = 1;
  }
}

/** The part of a generated client a refusal is read with: its error class and its reader of problem details. */
export interface ProblemReader<P> {
  ResponseError: abstract new (...args: never[]) => Error & { response: Response };
  ProblemDetailsFromJSON(json: unknown): P;
}

/** The problem details fields a flow checks: the generated type has them (the document requires them). */
interface Problem {
  type: string;
  status: number;
  detail: string;
}

/**
 * The problem details of a call that must be refused with this status and type: read through the generated client's
 * ProblemDetails from the body of its ResponseError. A call that succeeds, or fails otherwise, fails the step.
 */
export async function refusal<P extends Problem>(
  call: Promise<unknown>,
  client: ProblemReader<P>,
  status: number,
  type: string,
): Promise<P> {
  let answered: unknown;
  try {
    answered = await call;
  } catch (e) {
    if (!(e instanceof client.ResponseError)) {
      throw e;
    }
    assert.match(e.response.headers.get('content-type') ?? 'none', /^application\/problem\+json/);
    const problem = client.ProblemDetailsFromJSON(await e.response.json());
    assert.equal(e.response.status, status, `answered ${e.response.status}: ${JSON.stringify(problem)}`);
    assert.equal(problem.status, status);
    assert.equal(problem.type, type, JSON.stringify(problem));
    assert.ok(problem.detail, 'a refusal says what to do');
    return problem;
  }
  throw new Error(`expected ${status} ${type}, but the call answered ${JSON.stringify(answered)}`);
}
