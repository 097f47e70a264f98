import type { Params, Result } from '../../../messaging/protocol';
import { passReporter } from '../../../reader/passReport';

type Report = Params<'page/annotated'>;

function setup(replies: Result<null>[] = []) {
  const sent: Report[] = [];
  const report = passReporter((r) => { sent.push(r); return Promise.resolve(replies.shift() ?? { ok: true, value: null }); });
  return { sent, report };
}

test('a pass that found the same as the last one is not reported again', async () => {
  const { sent, report } = setup();
  report('https://news.example/a', 'A', ['rapidus', 'ibm']);
  report('https://news.example/a', 'A', ['rapidus', 'ibm']);
  await Promise.resolve();
  expect(sent).toEqual([{ entities: 2, entityIds: ['rapidus', 'ibm'], title: 'A' }]);
});

test('a new entity, title or address is reported', async () => {
  const { sent, report } = setup();
  report('https://news.example/a', 'A', ['rapidus']);
  report('https://news.example/a', 'A', ['rapidus', 'ibm']);
  report('https://news.example/a', 'A, updated', ['rapidus', 'ibm']);
  report('https://news.example/b', 'A, updated', ['rapidus', 'ibm']);
  expect(sent.map((r) => [r.title, r.entityIds.length])).toEqual([['A', 1], ['A', 2], ['A, updated', 2], ['A, updated', 2]]);
});

test('a report the background did not take (a stopped worker) is sent again with the next pass', async () => {
  const { sent, report } = setup([{ ok: false, error: 'no receiver' }]);
  report('https://news.example/a', 'A', ['rapidus']);
  await new Promise((r) => setTimeout(r, 0));
  report('https://news.example/a', 'A', ['rapidus']);
  expect(sent).toHaveLength(2);
});
