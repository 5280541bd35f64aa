import type { Organisation, Person } from '../../storage/schema';

type PersonSeed = [name: string, organisation: string, initials?: string];

const PEOPLE: PersonSeed[] = [
  ['Alison Beard', 'SECAS', 'AB'], ['Bradley Baker', 'SECAS', 'BB'], ['Jordan Crase', 'SECAS', 'JC'],
  ['Adam Lattimore', 'SECAS', 'AL'], ['Laura Delargy', 'SECAS', 'LD'], ['Fiona Chestnutt', 'SECAS', 'FC'],
  ['Gemma Slaney', 'Electricity Network Party', 'GS'], ['Paul Saker', 'Large Supplier', 'PS'],
  ['Simon Trivella', 'British Gas'], ['Mari Toda', 'DCC', 'MT'], ['Tom Rothery', 'DCC'],
];

function toPerson([name, organisation, initials]: PersonSeed): Person {
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'), name, organisation, ...(initials ? { initials } : {}),
    aliases: [], roles: organisation === 'SECAS' ? ['change-team'] : [], platformIds: {},
  };
}

const ORGANISATIONS: Organisation[] = [
  { id: 'secas', name: 'SECAS', aliases: ['Code Administrator', 'Smart Energy Code Administrator and Secretariat'], contacts: ['bradley-baker'] },
  { id: 'dcc', name: 'DCC', aliases: ['Data Communications Company', 'the DCC'], category: 'DCC', contacts: ['mari-toda'] },
  { id: 'british-gas', name: 'British Gas', aliases: [], category: 'Large Supplier', contacts: ['simon-trivella'] },
  { id: 'edf-energy', name: 'EDF Energy', aliases: ['EDF'], category: 'Large Supplier', contacts: [] },
  { id: 'sse', name: 'SSE', aliases: [], category: 'Large Supplier', contacts: [] },
  { id: 'utilita', name: 'Utilita', aliases: [], category: 'Large Supplier', contacts: [] },
];

export function demoDirectory(): { people: Person[]; organisations: Organisation[] } {
  return { people: PEOPLE.map(toPerson), organisations: ORGANISATIONS };
}
