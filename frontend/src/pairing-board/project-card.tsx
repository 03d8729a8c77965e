/** One project as the board shows it: what it is, where, its chain, its amounts, how far it has come, and the firms of its chain in every region (deferred). */
import { getFragmentData } from '../gql';
import type { ProjectRef } from './board-state';
import { ChainFirms } from './chain-firms';
import { PairingProjectFragment } from './documents';
import { kindLabel, STAGES, stageOf, yuanText } from './format';

export function ProjectCard(props: { project: ProjectRef; settled: boolean }) {
  const project = getFragmentData(PairingProjectFragment, props.project);
  const stage = stageOf(project.stage);
  const amounts = project.figures.filter((f) => f.yuan !== null && f.yuan !== undefined);
  const latest = project.milestones.at(-1);
  return (
    <article className="project" data-project-key={project.key}>
      <header>
        <h3>{project.name ?? project.summary}</h3>
        <span className="kind">{kindLabel(project.kind)}</span>
      </header>
      {project.name ? <p className="summary">{project.summary}</p> : null}
      <dl>
        <dt>所在地</dt>
        <dd>{project.hostCounty?.name ?? '—'}</dd>
        <dt>产业链</dt>
        <dd>{project.localChainName ?? '—'}</dd>
        <dt>金额</dt>
        <dd className="amounts">
          {amounts.length === 0
            ? '—'
            : amounts.map((f, i) => (
                <span key={i} title={f.text ?? undefined}>
                  {f.metric} {yuanText(f.yuan!)}
                </span>
              ))}
        </dd>
      </dl>
      <ol className="stages" aria-label={`进展 ${stage.label}`}>
        {STAGES.map(([key, label], i) => (
          <li key={key} className={i === stage.index ? 'current' : i < stage.index ? 'done' : undefined}>
            {label}
          </li>
        ))}
      </ol>
      {stage.index < 0 ? <p className="stage-other">阶段 {stage.label}</p> : null}
      {latest ? (
        <p className="milestone">
          <time dateTime={latest.date.iso ?? undefined}>{latest.date.text}</time> {latest.event}
        </p>
      ) : null}
      <ChainFirms project={props.project} settled={props.settled} />
    </article>
  );
}
