import { File } from '@asyncapi/generator-react-sdk';
import { eventPage } from '../../../lib/event-page.js';
import { eventSlug, readSpec } from '../../../lib/read-spec.js';

// One reference page per event type.
export default function EventPages(context) {
  const spec = readSpec(context);
  return spec.events.map((event) => <File name={`${eventSlug(event.type)}.mdx`}>{eventPage(spec, event)}</File>);
}
