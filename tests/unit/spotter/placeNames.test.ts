// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { realFactBaseLinks } from './realFactBase';

/** The generated capitals and states against the real fact base: what a page of blocks links. */
const links = realFactBaseLinks();

describe('capitals on a page', () => {
  it('links an unambiguous capital by its name and its accent-less spelling', () => {
    expect(links('Talks resumed in Tehran and Bogota.')).toEqual(['Tehran=capital-irn-tehran', 'Bogota=capital-col-bogota']);
  });

  it('links a risky capital name only beside its country', () => {
    expect(links('Victoria Nuland met Kingston officials in Hamilton.')).toEqual([]);
    expect(links('Jamaica’s prime minister spoke in Kingston.')).toEqual(['Jamaica=country-jam', 'Kingston=capital-jam-kingston']);
    expect(links('Victoria, the capital of Seychelles')).toEqual(['Victoria=capital-syc-victoria', 'Seychelles=country-syc']);
    expect(links('Male voters in Malé')).toEqual(['Malé=capital-mdv-male']);
  });

  it('keeps the curated capitals (Tokyo, Washington) and gives Tunis to the city', () => {
    expect(links('Tokyo and Washington agreed; Tunis did not.')).toEqual(['Tokyo=tokyo', 'Washington=washington-dc', 'Tunis=capital-tun-tunis']);
  });
});

describe('US states on a page', () => {
  it('links a state by name, never by its postal abbreviation', () => {
    expect(links('Micron, the Idaho-based maker, builds in New York State and Ohio. GA and WA are codes.')).toEqual([
      'Micron=micron-technology', 'Idaho=us-state-idaho', 'New York State=us-state-new-york', 'Ohio=us-state-ohio',
    ]);
  });

  it('gives "New York" to the curated city; the state is "New York State"', () => {
    expect(links('Talks in New York and Ohio', 'The New York Times reported it from New York State.')).toEqual([
      'New York=new-york-city', 'Ohio=us-state-ohio', 'The New York Times=new-york-times', 'New York State=us-state-new-york',
    ]);
  });

  it('keeps "Georgia" for the country unless another US state is on the page', () => {
    expect(links('Georgia and the US discussed NATO.')).toEqual(['Georgia=country-geo', 'US=country-usa', 'NATO=nato']);
    expect(links('Voters in Georgia and Arizona went to the polls.')).toEqual(['Georgia=us-state-georgia', 'Arizona=us-state-arizona']);
  });

  it('keeps "Washington" for the capital; the state is "Washington State"', () => {
    expect(links('Washington and Oregon', 'Washington State sued.')).toEqual([
      'Washington=washington-dc', 'Oregon=us-state-oregon', 'Washington State=us-state-washington',
    ]);
  });

  it('links "Virginia" as the state beside another state, and never as a given name alone', () => {
    expect(links('Virginia Woolf wrote.')).toEqual([]);
    expect(links('Virginia and Maryland')).toEqual(['Virginia=us-state-virginia', 'Maryland=us-state-maryland']);
  });

  it('finds the District of Columbia as Washington, D.C.', () => {
    expect(links('the District of Columbia')).toEqual(['District of Columbia=washington-dc']);
  });
});
