import { render, screen, waitFor } from '@testing-library/preact';
import { useSlicedIndex, type SlicedBuild } from '../../../components/useSlicedIndex';

const SOURCE = ['a', 'b'];

/** Shows what the hook says about one index. */
function Probe({ build }: { build: SlicedBuild<string[], string> }) {
  const { index, current, error } = useSlicedIndex(SOURCE, build, true);
  return <p>{`${index ?? 'none'} ${current ? 'current' : 'reading'} ${error ?? 'ok'}`}</p>;
}

test('a build that throws is reported, not left reading for ever', async () => {
  const broken: SlicedBuild<string[], string> = async () => { throw new Error('out of memory'); };
  render(<Probe build={broken} />);
  await waitFor(() => expect(screen.getByText(/out of memory/).textContent).toBe('none reading out of memory'));
});

test('a build that finishes is current, without an error', async () => {
  const joined: SlicedBuild<string[], string> = async (source, pause) => { await pause(); return source.join(''); };
  render(<Probe build={joined} />);
  await waitFor(() => expect(screen.getByText(/ab/).textContent).toBe('ab current ok'));
});
