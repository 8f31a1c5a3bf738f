import type { EmailMessage } from '#notifications';
import type { SummaryEmailView } from './summary-email.view.js';

export interface SummaryEmailContent {
  to: string;
  displayName: string;
  title: string;
  view: SummaryEmailView;
  cta: { text: string; url: string | null } | null;
  /** Where "Read your full reflection" goes (the deployment's SUMMARY_LINK_URL, filled in). */
  link: string;
}

/** MJML with Handlebars slots; `{{ }}` HTML-escapes every value, and no slot is left unescaped. */
const MJML_SOURCE = `<mjml>
  <mj-head>
    <mj-title>Your reflection summary: {{title}}</mj-title>
    <mj-preview>{{preview}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="22px" color="#1f2933" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f5f7">
    <mj-section background-color="#ffffff" padding="24px">
      <mj-column>
        <mj-text>Hello {{displayName}},</mj-text>
        <mj-text>Here is the summary of your reflection &#8220;{{title}}&#8221;.</mj-text>
        <mj-text>{{view.overview}}</mj-text>
        {{#if view.scoreLine}}<mj-text><strong>Satisfaction:</strong> {{view.scoreLine}}</mj-text>{{/if}}
        {{#each sections}}
        <mj-text><h3 style="margin:16px 0 4px;font-size:16px">{{title}}</h3><ul style="margin:0;padding-left:20px">{{#each items}}<li>{{this}}</li>{{/each}}</ul></mj-text>
        {{/each}}
        {{#if cta}}{{#if cta.href}}<mj-button href="{{cta.href}}" background-color="#2f6fed">{{cta.text}}</mj-button>{{else}}<mj-text>{{cta.text}}</mj-text>{{/if}}{{/if}}
        <mj-button href="{{link}}" background-color="#1f2933">Read your full reflection</mj-button>
        <mj-text font-size="13px" color="#616e7c">This summary is private to you. Nobody else receives it unless you choose to share your reflection.</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

/** The plain-text part: the same content, nothing escaped (it is not HTML). */
const TEXT_SOURCE = `Hello {{displayName}},

Here is the summary of your reflection "{{title}}".

{{view.overview}}
{{#if view.scoreLine}}

Satisfaction: {{view.scoreLine}}
{{/if}}
{{#each sections}}

{{title}}
{{#each items}}
- {{this}}
{{/each}}
{{/each}}
{{#if cta}}

{{#if cta.href}}{{cta.text}}: {{cta.href}}{{else}}{{cta.text}}{{/if}}
{{/if}}

Read your full reflection: {{link}}

This summary is private to you. Nobody else receives it unless you choose to share your reflection.
`;

type Compiled = { html: (model: object) => string; text: (model: object) => string; mjml2html: typeof import('mjml').default };
let compiled: Promise<Compiled> | undefined;

/**
 * MJML and Handlebars are loaded and the templates compiled on the first email, not at import:
 * MJML's dependencies take seconds to load on a busy machine, and the api never renders an email.
 */
function templates(): Promise<Compiled> {
  compiled ??= Promise.all([import('handlebars'), import('mjml')]).then(([{ default: Handlebars }, { default: mjml2html }]) => {
    // One Handlebars environment of our own: no helper or partial registered elsewhere reaches it.
    const handlebars = Handlebars.create();
    return {
      html: handlebars.compile(MJML_SOURCE, { strict: true }),
      text: handlebars.compile(TEXT_SOURCE, { noEscape: true, strict: true }),
      mjml2html,
    };
  });
  return compiled;
}

/** The summary email, HTML (MJML, responsive) and plain text, from its view. */
export async function renderSummaryEmail(content: SummaryEmailContent): Promise<EmailMessage> {
  const { view } = content;
  const sections = [
    { title: 'What you said you will do', items: view.commitments },
    { title: 'Strengths', items: view.strengths },
    { title: 'Gaps to work on', items: view.gaps },
    { title: 'Themes', items: view.themes },
    { title: 'Opportunities', items: view.opportunities },
    { title: 'Suggested next steps', items: view.nextSteps },
  ].filter((section) => section.items.length > 0);
  const model = {
    displayName: content.displayName,
    title: content.title,
    preview: view.overview.slice(0, 120),
    view,
    sections,
    // Only a web address becomes a link; anything else stays text.
    cta: content.cta
      ? { text: content.cta.text, href: content.cta.url && /^https?:\/\//i.test(content.cta.url) ? content.cta.url : null }
      : null,
    link: content.link,
  };
  const { html: renderHtml, text: renderText, mjml2html } = await templates();
  const { html, errors } = await mjml2html(renderHtml(model), { validationLevel: 'strict' });
  if (errors.length) throw new Error(`summary email template is invalid: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return { to: content.to, subject: `Your reflection summary: ${content.title}`, text: renderText(model).replace(/\n{3,}/g, '\n\n'), html };
}
