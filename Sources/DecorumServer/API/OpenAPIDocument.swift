/// The OpenAPI description of Decorum's JSON API, served at `/api/v1/openapi.yaml`. A test reads its
/// paths and checks each one against the router, so the document cannot drift from the routes.
public enum OpenAPIDocument {
    public static let yaml = """
    openapi: 3.1.0
    info:
      title: Decorum API
      version: "1"
      description: >-
        Judge patient posts and comments against a GP practice's code of conduct. Every call needs
        `Authorization: Bearer <token>` (tokens come from DECORUM_API_TOKENS).
    servers:
      - url: /api/v1
    security:
      - bearer: []
    paths:
      /moderate:
        post:
          summary: Judge items and return one decision each, in order (the JSON of `decorum moderate`).
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: array
                  items: { $ref: "#/components/schemas/Item" }
              application/x-ndjson:
                schema: { $ref: "#/components/schemas/Item" }
          responses:
            "200":
              description: One judgement per item, in input order.
              content:
                application/json:
                  schema:
                    type: array
                    items: { $ref: "#/components/schemas/Judgement" }
                application/x-ndjson:
                  schema: { $ref: "#/components/schemas/Judgement" }
            "400":
              description: Some items could not be read; every one is named and nothing was judged.
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/Problems" }
            "401": { description: Missing or unknown bearer token. }
            "413": { description: The body is larger than the configured limit. }
      /openapi.yaml:
        get:
          summary: This document.
          security: []
          responses:
            "200": { description: The OpenAPI document. }
    components:
      securitySchemes:
        bearer: { type: http, scheme: bearer }
      schemas:
        Item:
          type: object
          required: [id, text]
          properties:
            id: { type: string }
            text: { type: string }
            author:
              type: object
              properties: { id: { type: string }, name: { type: string } }
            attachments:
              type: array
              items:
                type: object
                required: [type]
                properties:
                  type: { type: string, enum: [photo, video, audio, link, file] }
                  url: { type: string }
            platform: { type: string }
            created_time: { type: string, description: ISO-8601 }
            parent_id: { type: string }
            from_page: { type: boolean, description: The practice's own posts are never moderated. }
        Span:
          type: object
          properties: { start: { type: integer }, end: { type: integer }, text: { type: string } }
        Judgement:
          type: object
          required: [id, categories, entities, decision]
          properties:
            id: { type: string }
            categories:
              type: array
              items:
                type: object
                properties:
                  category:
                    type: string
                    enum: [third_party_pii, own_pii, consultation_recording, abusive, misinformation, fraud, defamation, photography, staff_identification, review, complaint, safeguarding]
                  confidence: { type: number, minimum: 0, maximum: 1 }
                  evidence:
                    type: array
                    items:
                      allOf:
                        - $ref: "#/components/schemas/Span"
                        - type: object
                          properties: { detector: { type: string }, reason: { type: string } }
            entities:
              type: array
              items:
                allOf:
                  - $ref: "#/components/schemas/Span"
                  - type: object
                    properties:
                      type: { type: string, enum: [nhs_number, phone, email, postcode, date_of_birth, address, person, health] }
                      subject: { type: string, enum: [own, third_party, staff, practice, unknown] }
            decision:
              type: object
              properties:
                action: { type: string, enum: [allow, review, hide, delete] }
                rules: { type: array, items: { type: string } }
                replies:
                  type: array
                  items:
                    type: object
                    properties:
                      channel: { type: string, enum: [private, public] }
                      text: { type: string }
                      rule: { type: string }
                escalations:
                  type: array
                  items:
                    type: object
                    properties:
                      role: { type: string }
                      urgency: { type: string, enum: [urgent, normal] }
                needs_approval: { type: boolean }
                pending_action: { type: string, enum: [allow, review, hide, delete] }
                explanation: { type: string }
                policy_version: { type: string }
        Problems:
          type: object
          properties:
            error: { type: string }
            problems:
              type: array
              items:
                type: object
                properties: { item: { type: integer }, problem: { type: string } }

    """
}
