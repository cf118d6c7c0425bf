// The conformance suite's inspection routes (tests only, never in production):
// GET /api/woes-inspect/events/<id> and /api/woes-inspect/resources/<object>/<id>.
import { inspectionEnabled } from '../../../../../common/event-store.js';
import { store } from '../../../../lib/store.js';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  context: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  if (!inspectionEnabled(process.env)) return new Response(null, { status: 404 });
  const { status, body } = store.inspect(
    (await context.params).path.map(encodeURIComponent).join('/'),
  );
  return Response.json(body, { status });
}
