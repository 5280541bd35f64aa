import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { committeeName, normaliseCommittee } from '../src/domain/committees';
import { normaliseStage, typedStage } from '../src/domain/lifecycle';
import { inProgress, paginate, parsePage, proposalLine, proposalsByRef, releaseFor, stageOf } from '../src/domain/queries';
import { parseReleaseName } from '../src/domain/releases';
import type { Proposal, StoreData } from '../storage/schema';

const USAGE = 'list [stage S] [committee C] [release R] [all] [page N]';

interface ListArgs {
  stage?: string;
  committee?: string;
  release?: string;
  all: boolean;
  page: number;
}

export const listCommand = defineCommand({
  name: 'list',
  aliases: ['proposals'],
  group: 'Proposals',
  summary: 'Proposals in progress (or `all`), filtered by stage, committee or target release.',
  usage: USAGE,
  examples: ['list', 'list stage refinement', 'list committee OPSG', 'list release "Feb 24"', 'list all page 2'],
  access: 'read',
  parse(args): ListArgs {
    const reader = new ArgReader(args, USAGE);
    const all = reader.flag('all');
    const stage = reader.option('stage');
    const committee = reader.option('committee');
    const release = reader.option('release');
    const page = parsePage(reader.option('page'), 'list');
    reader.done();
    return {
      all,
      page,
      ...(stage !== undefined ? { stage: normaliseStage(stage).name } : {}),
      ...(committee !== undefined ? { committee: normaliseCommittee(committee) } : {}),
      ...(release !== undefined ? { release: releaseName(release) } : {}),
    };
  },
  run(args, ctx): Reply {
    const data = ctx.store.read();
    if (args.stage) checkStage(data, args.stage);
    const matches = proposalsByRef(data).filter((p) => matchesList(p, args, data));
    const filters = describeFilters(args);
    if (!matches.length) {
      return { kind: 'info', title: `No proposals ${filters}`.trim(), context: [args.all ? 'Try fewer filters.' : 'Add `all` to include implemented, rejected and withdrawn ones.'] };
    }
    const page = paginate(matches, args.page, 'list');
    return {
      kind: 'info',
      title: `${matches.length} proposal${matches.length === 1 ? '' : 's'} ${filters}`.trim(),
      sections: [{ items: page.items.map(proposalLine) }],
      context: [...(page.note ? [page.note] : []), 'Details: `status REF`.'],
    };
  },
});

function matchesList(p: Proposal, args: ListArgs, data: Readonly<StoreData>): boolean {
  const stage = stageOf(p.stage);
  if (!args.all && !args.stage && !inProgress(p)) return false;
  if (args.stage && stage.name.toLowerCase() !== args.stage.toLowerCase()) return false;
  if (args.committee && !p.committees.some((c) => c.toUpperCase() === args.committee)) return false;
  if (args.release && releaseFor(data, p.targetRelease)?.name !== args.release) return false;
  return true;
}

function releaseName(input: string): string {
  const name = parseReleaseName(input);
  if (!name) throw new UserError(`"${input}" is not a SEC release.`, 'Name one like "Feb 24", "June 2024" or "November 2024 SEC Release", e.g. list release "Feb 24".');
  return name;
}

/**
 * The same names `advance` accepts (SECAS's stages and short forms, the same "Did you mean…?"), plus
 * any stage a proposal is recorded in (a document's, or a new stage someone asked for).
 */
function checkStage(data: Readonly<StoreData>, stage: string): void {
  if (normaliseStage(stage).known) return;
  if (data.proposals.some((p) => stageOf(p.stage).name.toLowerCase() === stage.toLowerCase())) return;
  typedStage(stage, 'list stage "STAGE"');
}

function describeFilters(args: ListArgs): string {
  const parts = [
    args.stage && `in ${args.stage}`,
    args.committee && `for ${committeeName(args.committee)}`,
    args.release && `targeting the ${args.release}`,
    !args.all && !args.stage && 'in progress',
  ];
  return parts.filter(Boolean).join(', ');
}
